package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingHoursTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    void theBookableDaysAreTheComingWorkingDaysFromTomorrow() {
        List<LocalDate> days = BookingHours.days(FRIDAY);
        assertThat(days).hasSize(BookingHours.DAYS_AHEAD).doesNotContain(FRIDAY);
        assertThat(days.get(0)).isEqualTo(LocalDate.of(2026, 12, 7)); // Monday
        assertThat(days).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @Test
    void startsAreOnTheGridAndTheTimeEndsByClosing() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        var starts = BookingHours.starts(monday, 45, FRIDAY);
        assertThat(starts.get(0)).isEqualTo(monday.atTime(9, 0));
        assertThat(starts.get(1)).isEqualTo(monday.atTime(9, 15));
        assertThat(starts.get(starts.size() - 1)).isEqualTo(monday.atTime(15, 15));
        assertThat(starts).allMatch(s -> !s.toLocalTime().plusMinutes(45).isAfter(LocalTime.of(16, 0)));
    }

    @Test
    void todayAWeekendDayAndOffGridTimesCannotBeBooked() {
        assertThat(BookingHours.starts(FRIDAY, 30, FRIDAY)).isEmpty();
        assertThat(BookingHours.starts(LocalDate.of(2026, 12, 5), 30, FRIDAY)).isEmpty();
        assertThat(BookingHours.bookable(LocalDate.of(2026, 12, 7).atTime(9, 10), 30, FRIDAY))
                .isFalse();
        assertThat(BookingHours.bookable(LocalDate.of(2026, 12, 7).atTime(15, 45), 30, FRIDAY))
                .isFalse();
        assertThat(BookingHours.bookable(LocalDate.of(2026, 12, 7).atTime(15, 30), 30, FRIDAY))
                .isTrue();
    }
}
