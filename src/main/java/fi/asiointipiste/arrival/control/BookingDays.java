package fi.asiointipiste.arrival.control;

import fi.asiointipiste.platform.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the public booking page names a day in its day list. */
public final class BookingDays {

    private BookingDays() {}

    /** A day with its weekday in the customer's language, e.g. "maanantaina 7.12.2026" or "Monday 7 December 2026". */
    public static String label(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofPattern(Messages.text(locale, "selfBooking.dayFormat"), locale)
                .format(day);
    }

    /** A day of the day list's values (ISO), or none when nothing was chosen. */
    public static LocalDate parse(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
