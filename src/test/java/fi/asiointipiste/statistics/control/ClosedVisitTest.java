package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosedVisitTest {

    private static final LocalDateTime ARRIVED = LocalDateTime.of(2026, 3, 2, 9, 50);

    private static ClosedVisit visit(Integer ces, Integer nps, ClosedVisit.Task... tasks) {
        return new ClosedVisit(
                7,
                "WALK_IN",
                "DONE",
                ARRIVED,
                ARRIVED.plusMinutes(12),
                ARRIVED.plusMinutes(42),
                3L,
                List.of(tasks),
                ces,
                nps);
    }

    private static ClosedVisit.Task task(String recommended, String applied) {
        return new ClosedVisit.Task(
                11,
                recommended,
                applied,
                recommended.equals(applied) ? null : "LANGUAGE_NEED",
                "DONE",
                Boolean.FALSE,
                1L,
                "R4");
    }

    private static double[] visitCell(ClosedVisit v) {
        return v.cells().stream()
                .filter(c -> c.table() == AggregateTable.VISIT_DAY)
                .findFirst()
                .orElseThrow()
                .values();
    }

    private static double value(double[] values, String column) {
        return values[AggregateTable.VISIT_DAY.columns().indexOf(column)];
    }

    @ParameterizedTest(name = "NPS answer {0}: promoter {1}, detractor {2}")
    @CsvSource({"10, 1, 0", "9, 1, 0", "8, 0, 0", "7, 0, 0", "6, 0, 1", "0, 0, 1"})
    void npsAnswersAreClassified(int nps, int promoter, int detractor) {
        double[] v = visitCell(visit(2, nps, task("GUIDED", "GUIDED")));
        assertThat(value(v, "nps_n")).isEqualTo(1);
        assertThat(value(v, "promoters")).isEqualTo(promoter);
        assertThat(value(v, "detractors")).isEqualTo(detractor);
    }

    @ParameterizedTest(name = "CES {0} lands in its own bucket")
    @CsvSource({"1", "2", "3", "4", "5"})
    void cesGoesToSumCountAndDistribution(int ces) {
        double[] v = visitCell(visit(ces, null, task("GUIDED", "GUIDED")));
        assertThat(value(v, "ces_n")).isEqualTo(1);
        assertThat(value(v, "ces_sum")).isEqualTo(ces);
        assertThat(value(v, "ces_" + ces)).isEqualTo(1);
        assertThat(value(v, "nps_n")).isZero();
    }

    @Test
    void visitLevelIsTheHighestAppliedAndTimesAreMinutes() {
        ClosedVisit v = visit(null, null, task("SELF_SERVICE", "SELF_SERVICE"), task("GUIDED", "FULL_ASSISTANCE"));
        assertThat(v.levelRank()).isEqualTo(3);
        assertThat(v.waitingMinutes()).isEqualTo(12);
        assertThat(v.handlingMinutes()).isEqualTo(30);
        double[] cell = visitCell(v);
        assertThat(value(cell, "tasks")).isEqualTo(2);
        assertThat(value(cell, "overridden")).isEqualTo(1);
        assertThat(daily(v, AggregateTable.OVERRIDE_DAY))
                .singleElement()
                .satisfies(c -> assertThat(c.key())
                        .containsExactly(
                                7L,
                                "D",
                                LocalDate.of(2026, 3, 2),
                                11L,
                                3L,
                                "WALK_IN",
                                1L,
                                "R4",
                                "GUIDED",
                                "FULL_ASSISTANCE",
                                "LANGUAGE_NEED"));
        assertThat(v.cells())
                .filteredOn(c -> c.table() == AggregateTable.TASK_DAY)
                .allSatisfy(c -> assertThat(c.values()[6]).isEqualTo(15.0));
    }

    @Test
    void eachSliceDimensionGetsTheActualValueAndAll() {
        ClosedVisit v = new ClosedVisit(
                7,
                "APPOINTMENT",
                "DONE",
                ARRIVED,
                ARRIVED.plusMinutes(12),
                ARRIVED.plusMinutes(42),
                3L,
                List.of(
                        task("GUIDED", "GUIDED"),
                        new ClosedVisit.Task(
                                12, "GUIDED", "FULL_ASSISTANCE", "URGENCY", "DONE", Boolean.TRUE, 1L, "R5")),
                2,
                9);
        LocalDate day = ARRIVED.toLocalDate();
        // Visits: all (0), and one slice per errand with that errand's own counts.
        assertThat(daily(v, AggregateTable.VISIT_DAY))
                .extracting(c -> c.key().get(1))
                .containsExactly(0L, 11L, 12L);
        double[] all = cell(v, AggregateTable.VISIT_DAY, 0L);
        double[] second = cell(v, AggregateTable.VISIT_DAY, 12L);
        assertThat(value(all, "tasks")).isEqualTo(2);
        assertThat(value(second, "tasks")).isEqualTo(1);
        assertThat(value(second, "overridden")).isEqualTo(1);
        assertThat(value(second, "visits")).isEqualTo(1);
        // Arrivals and durations: 3 errand slices × (ALL, channel) × (-1, profile).
        assertThat(v.cells())
                .filteredOn(c -> c.table() == AggregateTable.ARRIVAL_HOUR)
                .hasSize(12)
                .filteredOn(c -> c.key().equals(List.of(7L, 0L, "ALL", -1L, day, 9)))
                .hasSize(1);
        assertThat(daily(v, AggregateTable.DURATION_DAY)).hasSize(24);
        // Errands: each errand under (ALL, channel) × (-1, profile).
        assertThat(daily(v, AggregateTable.TASK_DAY))
                .hasSize(8)
                .extracting(c -> List.of(c.key().get(1), c.key().get(2)))
                .containsOnly(
                        List.of("ALL", -1L),
                        List.of("ALL", 3L),
                        List.of("APPOINTMENT", -1L),
                        List.of("APPOINTMENT", 3L));
    }

    @Test
    void monthlyRowsRepeatTheDailyOnesUnderTheFirstDayOfTheMonth() {
        ClosedVisit v = visit(3, 8, task("GUIDED", "FULL_ASSISTANCE"));
        for (AggregateTable table : AggregateTable.values()) {
            if (table == AggregateTable.INDEPENDENCE_DAY) {
                continue; // kept by IndependenceAggregate from the customer's chain, not by cells()
            }
            List<AggregateCell> all =
                    v.cells().stream().filter(c -> c.table() == table).toList();
            if (!table.monthly()) {
                assertThat(all).isNotEmpty().allSatisfy(c -> assertThat(c.key()).doesNotContain("D", "M"));
                continue;
            }
            int grain = table.keys().indexOf("grain");
            List<AggregateCell> days = daily(v, table);
            assertThat(all).hasSize(2 * days.size());
            for (AggregateCell day : days) {
                List<Object> monthKey = new java.util.ArrayList<>(day.key());
                monthKey.set(grain, "M");
                monthKey.set(grain + 1, LocalDate.of(2026, 3, 1));
                assertThat(all).anySatisfy(c -> {
                    assertThat(c.key()).isEqualTo(monthKey);
                    assertThat(c.values()).isEqualTo(day.values());
                });
            }
        }
    }

    private static List<AggregateCell> daily(ClosedVisit v, AggregateTable table) {
        int grain = table.keys().indexOf("grain");
        return v.cells().stream()
                .filter(c ->
                        c.table() == table && (grain < 0 || c.key().get(grain).equals("D")))
                .toList();
    }

    private static double[] cell(ClosedVisit v, AggregateTable table, long errand) {
        return v.cells().stream()
                .filter(c -> c.table() == table && c.key().get(1).equals(errand))
                .findFirst()
                .orElseThrow()
                .values();
    }

    @Test
    void feedbackAfterCloseAddsNoVisitOrErrand() {
        ClosedVisit v = visit(4, 9, task("GUIDED", "GUIDED"));
        assertThat(v.feedbackCells()).allSatisfy(c -> assertThat(c.values()[0]).isZero());
        assertThat(value(v.feedbackCells().get(0).values(), "ces_4")).isEqualTo(1);
    }

    @Test
    void noShowHasNoHandlingTime() {
        ClosedVisit v = new ClosedVisit(
                7, "WALK_IN", "NO_SHOW", ARRIVED, null, ARRIVED.plusMinutes(30), null, List.of(), null, null);
        assertThat(v.handlingMinutes()).isNull();
        assertThat(v.levelRank()).isZero();
        assertThat(value(visitCell(v), "no_shows")).isEqualTo(1);
    }
}
