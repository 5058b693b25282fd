package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BookingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void aDayIsNamedWithItsWeekdayInTheCustomersLanguage() {
        assertThat(BookingDays.label(new Locale("fi"), MONDAY)).isEqualTo("maanantaina 7.12.2026");
        assertThat(BookingDays.label(new Locale("sv"), MONDAY)).isEqualTo("måndag 7.12.2026");
        assertThat(BookingDays.label(Locale.ENGLISH, MONDAY)).isEqualTo("Monday 7 December 2026");
    }

    @Test
    void theDayListsValuesAreIsoDatesAndNothingChosenIsNoDay() {
        assertThat(BookingDays.parse("2026-12-07")).isEqualTo(MONDAY);
        assertThat(BookingDays.parse("")).isNull();
        assertThat(BookingDays.parse(null)).isNull();
        assertThatThrownBy(() -> BookingDays.parse("7.12.2026")).isInstanceOf(DateTimeParseException.class);
    }
}
