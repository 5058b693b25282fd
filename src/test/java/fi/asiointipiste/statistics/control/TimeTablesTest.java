package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeTablesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void everyPeriodOfTheGrainGetsABucketDaysWithoutVisitsIncluded() {
        Map<String, long[]> weeks = TimeTables.buckets(
                MONDAY,
                MONDAY.plusDays(20),
                TimeGrain.WEEK,
                List.of(
                        new Object[] {Date.valueOf(MONDAY), 5L, 7L, 1L},
                        new Object[] {Date.valueOf(MONDAY.plusDays(6)), 3L, 3L, 0L},
                        new Object[] {MONDAY.plusDays(20), 2L, 2L, 2L}));
        assertThat(weeks.keySet()).containsExactly("2026-W45", "2026-W46", "2026-W47");
        assertThat(weeks.get("2026-W45")).containsExactly(8, 10, 1);
        assertThat(weeks.get("2026-W46")).containsExactly(0, 0, 0);
        assertThat(weeks.get("2026-W47")).containsExactly(2, 2, 2);
    }

    @Test
    void eachPeriodStandsBesideThePreviousPeriodsPeriodAtTheSamePlace() {
        Map<String, long[]> current = TimeTables.buckets(
                MONDAY,
                MONDAY.plusDays(1),
                TimeGrain.DAY,
                List.of(
                        new Object[] {Date.valueOf(MONDAY), 5L, 6L, 1L},
                        new Object[] {Date.valueOf(MONDAY.plusDays(1)), 4L, 4L, 0L}));
        Map<String, long[]> previous = TimeTables.buckets(
                MONDAY.minusDays(2), MONDAY.minusDays(1), TimeGrain.DAY, List.<Object[]>of(new Object[] {
                    Date.valueOf(MONDAY.minusDays(1)), 9L, 9L, 9L
                }));
        TableData t = TimeTables.series(current, previous);
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("2026-11-02", 5L, 0L, 6L, 1L), Arrays.asList("2026-11-03", 4L, 9L, 4L, 0L));
    }

    @Test
    void theHeatMapTableHasAColumnPerHourWithArrivalsAndARowPerWeekday() {
        HeatMap map = TimeTables.heatMap(
                List.of(
                        new Object[] {Date.valueOf(MONDAY), 9, 4L},
                        new Object[] {Date.valueOf(MONDAY.plusDays(7)), 9, 2L},
                        new Object[] {Date.valueOf(MONDAY.plusDays(4)), 11, 1L}),
                MONDAY,
                MONDAY.plusDays(13));
        TableData t = TimeTables.heatmapTable(map);
        assertThat(t.getHeaderKeys())
                .containsExactly("statistics.col.weekday", "#09", "#10", "#11", "statistics.col.visits");
        assertThat(t.getRows()).hasSize(7);
        assertThat(t.getRows().get(0)).containsExactly("DayOfWeek.MONDAY", 3.0, 0.0, 0.0, 6L);
        assertThat(t.getRows().get(4)).containsExactly("DayOfWeek.FRIDAY", 0.0, 0.0, 0.5, 1L);
    }
}
