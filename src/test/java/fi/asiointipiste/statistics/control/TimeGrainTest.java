package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeGrainTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-11-22, 2026-W47",
        "2020-12-31, 2020-W53",
        "2021-01-01, 2020-W53",
        "2021-01-03, 2020-W53",
        "2021-01-04, 2021-W01",
        "2024-12-30, 2025-W01",
        "2025-12-29, 2026-W01",
        "2027-01-01, 2026-W53",
        "2026-01-01, 2026-W01"
    })
    void isoWeeksBelongToTheWeekBasedYearAcrossNewYear(LocalDate day, String week) {
        assertThat(TimeGrain.WEEK.label(day)).isEqualTo(week);
    }

    @ParameterizedTest(name = "{0} → day {1}, month {2}")
    @CsvSource({"2026-01-05, 2026-01-05, 2026-01", "2025-12-31, 2025-12-31, 2025-12"})
    void daysAndMonthsSortAsText(LocalDate day, String dayLabel, String month) {
        assertThat(TimeGrain.DAY.label(day)).isEqualTo(dayLabel);
        assertThat(TimeGrain.MONTH.label(day)).isEqualTo(month);
    }
}
