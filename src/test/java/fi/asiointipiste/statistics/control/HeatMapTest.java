package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeatMapTest {

    @ParameterizedTest(name = "{0} occurs {3} times from {1} to {2}")
    @CsvSource({
        "MONDAY, 2026-11-02, 2026-11-08, 1",
        "SUNDAY, 2026-11-02, 2026-11-08, 1",
        "MONDAY, 2026-11-03, 2026-11-09, 1",
        "TUESDAY, 2026-11-03, 2026-11-03, 1",
        "WEDNESDAY, 2026-11-03, 2026-11-03, 0",
        "MONDAY, 2025-12-29, 2026-01-12, 3",
        "FRIDAY, 2026-01-01, 2026-12-31, 52",
        "THURSDAY, 2026-01-01, 2026-12-31, 53"
    })
    void weekdaysOfAPeriodAreCountedWithBothEnds(DayOfWeek weekday, LocalDate from, LocalDate until, long expected) {
        assertThat(HeatMap.occurrences(weekday, from, until)).isEqualTo(expected);
    }

    @Test
    void cellsAreAveragesPerWeekdayAndShadedUpToTheBusiestHour() {
        long[][] counts = new long[7][24];
        counts[0][9] = 14; // two Mondays in the period: 7 per Monday at 9
        counts[0][10] = 2; // 1 per Monday
        counts[4][15] = 1; // two Fridays: 0.5
        HeatMap map = new HeatMap(counts, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15));
        assertThat(map.getHours()).containsExactly(9, 10, 11, 12, 13, 14, 15);
        HeatMap.Row monday = map.getRows().get(0);
        assertThat(monday.getWeekday()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(monday.getAverages().get(0)).isEqualTo(7.0);
        assertThat(monday.getTotal()).isEqualTo(16);
        assertThat(monday.getLevels()).startsWith(HeatMap.LEVELS, 1, 0);
        assertThat(map.getRows().get(4).getLevels().get(6)).isEqualTo(1);
        assertThat(map.getLegend()).hasSize(HeatMap.LEVELS).last().isEqualTo(7.0);
        assertThat(map.getLegend().get(0)).isCloseTo(1.0, within(1e-9));
        assertThat(map.level(3.0)).isEqualTo(3);
        assertThat(map.level(3.01)).isEqualTo(4);
    }

    @Test
    void noArrivalsMeansNoHours() {
        HeatMap map = new HeatMap(new long[7][24], LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.level(0)).isZero();
    }
}
