package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateRebuildTest {

    /** V8's primary key of stat_visit_day: the errand slice, grain and day first, the point after them. */
    private static final List<String> VISIT_DAY_KEY =
            List.of("service_task_id", "grain", "stat_day", "service_point_id", "channel", "profile_id", "level_rank");

    @Test
    void writesRowsInTheOrderOfThePrimaryKeyNotOfTheKeyList() {
        List<List<Object>> keys = new ArrayList<>(List.of(
                visitDayKey(2, 11, "D", LocalDate.of(2026, 3, 2)),
                visitDayKey(1, 11, "D", LocalDate.of(2026, 3, 3)),
                visitDayKey(1, 0, "M", LocalDate.of(2026, 3, 1)),
                visitDayKey(1, 0, "D", LocalDate.of(2026, 3, 2)),
                visitDayKey(2, 0, "D", LocalDate.of(2026, 3, 2))));
        keys.sort(AggregateRebuild.keyOrder(VISIT_DAY_KEY, AggregateTable.VISIT_DAY));
        assertThat(keys)
                .containsExactly(
                        visitDayKey(1, 0, "D", LocalDate.of(2026, 3, 2)),
                        visitDayKey(2, 0, "D", LocalDate.of(2026, 3, 2)),
                        visitDayKey(1, 0, "M", LocalDate.of(2026, 3, 1)),
                        visitDayKey(2, 11, "D", LocalDate.of(2026, 3, 2)),
                        visitDayKey(1, 11, "D", LocalDate.of(2026, 3, 3)));
    }

    @Test
    void ordersEveryCellAVisitAddsWithoutMixingUpTypes() {
        LocalDateTime arrived = LocalDateTime.of(2026, 3, 2, 9, 50);
        ClosedVisit visit = new ClosedVisit(
                7,
                "WALK_IN",
                "DONE",
                arrived,
                arrived.plusMinutes(12),
                arrived.plusMinutes(42),
                3L,
                List.of(new ClosedVisit.Task(
                        11, "GUIDED", "FULL_ASSISTANCE", "LANGUAGE_NEED", "DONE", Boolean.TRUE, 1L, "R4")),
                4,
                9);
        for (AggregateTable table : List.of(
                AggregateTable.VISIT_DAY,
                AggregateTable.DURATION_DAY,
                AggregateTable.TASK_DAY,
                AggregateTable.ARRIVAL_HOUR,
                AggregateTable.OVERRIDE_DAY)) {
            List<List<Object>> keys = new ArrayList<>(visit.cells().stream()
                    .filter(c -> c.table() == table)
                    .map(AggregateCell::key)
                    .toList());
            List<String> reversed = new ArrayList<>(table.keys());
            java.util.Collections.reverse(reversed);
            keys.sort(AggregateRebuild.keyOrder(reversed, table));
            int last = table.keys().size() - 1;
            for (int i = 1; i < keys.size(); i++) {
                assertThat(((Comparable<Object>) keys.get(i - 1).get(last))
                                .compareTo(keys.get(i).get(last)))
                        .as("%s sorted by its last key column first", table)
                        .isLessThanOrEqualTo(0);
            }
            assertThat(keys).as(table.name()).isNotEmpty();
        }
    }

    @Test
    void anUnknownColumnChangesNothingButTheSpeed() {
        List<Object> a = visitDayKey(1, 0, "D", LocalDate.of(2026, 3, 2));
        List<Object> b = visitDayKey(2, 0, "D", LocalDate.of(2026, 3, 2));
        assertThat(AggregateRebuild.keyOrder(List.of("no_such_column"), AggregateTable.VISIT_DAY)
                        .compare(a, b))
                .isZero();
        assertThat(AggregateRebuild.keyOrder(List.of(), AggregateTable.VISIT_DAY)
                        .compare(b, a))
                .isZero();
    }

    /** In AggregateTable.VISIT_DAY.keys() order: point, errand, grain, day, channel, profile, level. */
    private static List<Object> visitDayKey(long point, long errand, String grain, LocalDate day) {
        return List.of(point, errand, grain, day, "WALK_IN", 3L, 2);
    }
}
