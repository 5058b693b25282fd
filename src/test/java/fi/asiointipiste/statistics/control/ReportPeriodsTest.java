package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void aFinishedPilotIsComparedWithAsManyDaysJustBeforeIt() {
        ReportPeriods p = ReportPeriods.of(START, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 1));
        assertThat(p.days()).isEqualTo(30);
        assertThat(p.duringFrom()).isEqualTo(START);
        assertThat(p.duringUntil()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(p.beforeFrom()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(p.beforeUntil()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aRunningPilotCountsUpToTodayAndTheBeforePeriodGrowsWithIt() {
        ReportPeriods p = ReportPeriods.of(START, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 3, 11));
        assertThat(p.days()).isEqualTo(10);
        assertThat(p.duringUntil()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(p.beforeFrom()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(p.before(LocalDate.of(2026, 2, 20))).isTrue();
        assertThat(p.before(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(p.before(START)).isFalse();
        assertThat(p.during(START)).isTrue();
        assertThat(p.during(LocalDate.of(2026, 3, 12))).isFalse();
        assertThat(p.before(LocalDate.of(2026, 2, 19))).isFalse();
    }

    @Test
    void onItsFirstDayAPilotHasOneDayAndBeforeItNothing() {
        assertThat(ReportPeriods.of(START, START.plusDays(9), START).days()).isEqualTo(1);
        assertThat(ReportPeriods.of(START, START.plusDays(9), START.minusDays(1)))
                .isNull();
    }
}
