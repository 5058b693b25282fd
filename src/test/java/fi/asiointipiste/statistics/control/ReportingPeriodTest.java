package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

    @ParameterizedTest(name = "on {0}: {1} – {2}")
    @CsvSource({
        "2026-11-22, 2026-07-01, 2026-09-30",
        "2026-10-01, 2026-07-01, 2026-09-30",
        "2026-09-30, 2026-04-01, 2026-06-30",
        "2026-02-14, 2025-10-01, 2025-12-31",
        "2024-05-31, 2024-01-01, 2024-03-31"
    })
    void theLastQuarterIsTheLastWholeCalendarQuarterBeforeTodays(LocalDate today, LocalDate from, LocalDate until) {
        assertThat(ReportingPeriod.lastQuarter(today)).isEqualTo(new ReportingPeriod(from, until));
    }

    @ParameterizedTest(name = "{1} days up to {0} start on {2}")
    @CsvSource({"2026-11-22, 90, 2026-08-25", "2026-11-22, 1, 2026-11-22", "2024-12-31, 366, 2024-01-01"})
    void theLastDaysEndTodayBothEndsIncluded(LocalDate today, int days, LocalDate from) {
        assertThat(ReportingPeriod.lastDays(today, days)).isEqualTo(new ReportingPeriod(from, today));
    }
}
