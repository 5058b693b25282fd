package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTest {

    private static Sql.Range day(String first, String last) {
        return new Sql.Range("D", LocalDate.parse(first), LocalDate.parse(last));
    }

    private static Sql.Range months(String first, String last) {
        return new Sql.Range("M", LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void aYearIsDaysWholeMonthsAndDays() {
        assertThat(Sql.split(LocalDate.parse("2025-11-23"), LocalDate.parse("2026-11-22")))
                .containsExactly(
                        day("2025-11-23", "2025-11-30"),
                        months("2025-12-01", "2026-10-01"),
                        day("2026-11-01", "2026-11-22"));
    }

    @Test
    void wholeMonthsNeedNoDays() {
        assertThat(Sql.split(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30")))
                .containsExactly(months("2026-07-01", "2026-09-01"));
        assertThat(Sql.split(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29")))
                .containsExactly(months("2024-02-01", "2024-02-01"));
    }

    @Test
    void aPeriodWithoutAWholeMonthIsDays() {
        assertThat(Sql.split(LocalDate.parse("2026-08-25"), LocalDate.parse("2026-11-22")))
                .containsExactly(
                        day("2026-08-25", "2026-08-31"),
                        months("2026-09-01", "2026-10-01"),
                        day("2026-11-01", "2026-11-22"));
        assertThat(Sql.split(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-27")))
                .containsExactly(day("2026-01-31", "2026-02-27"));
        assertThat(Sql.split(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-05")))
                .containsExactly(day("2026-03-05", "2026-03-05"));
    }

    @Test
    void acrossTheYearEnd() {
        assertThat(Sql.split(LocalDate.parse("2025-12-15"), LocalDate.parse("2026-01-31")))
                .isEqualTo(List.of(day("2025-12-15", "2025-12-31"), months("2026-01-01", "2026-01-01")));
    }
}
