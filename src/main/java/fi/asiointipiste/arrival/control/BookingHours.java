package fi.asiointipiste.arrival.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When customers may book their own time: on the next {@value #DAYS_AHEAD} working days (Monday to Friday, from
 * tomorrow — today's customers take a ticket at the door), starting on the {@value SlotLength#GRID_MINUTES}-minute
 * grid from {@link #FIRST} and ending by {@link #CLOSE}. Documented in docs/user-guide/front-desk.md.
 */
public final class BookingHours {

    public static final int DAYS_AHEAD = 15;
    public static final LocalTime FIRST = LocalTime.of(9, 0);
    public static final LocalTime CLOSE = LocalTime.of(16, 0);

    private BookingHours() {}

    /** The working days a customer may book, earliest first. */
    public static List<LocalDate> days(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.plusDays(1); days.size() < DAYS_AHEAD; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    /** The starts on the day at which a time of {@code minutes} ends by closing; none on a day not bookable. */
    public static List<LocalDateTime> starts(LocalDate day, int minutes, LocalDate today) {
        if (!days(today).contains(day)) {
            return List.of();
        }
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalTime t = FIRST;
                !t.plusMinutes(minutes).isAfter(CLOSE) && !t.isBefore(FIRST);
                t = t.plusMinutes(SlotLength.GRID_MINUTES)) {
            starts.add(day.atTime(t));
        }
        return starts;
    }

    /** Whether a time of {@code minutes} may be booked to start then. */
    public static boolean bookable(LocalDateTime start, int minutes, LocalDate today) {
        return starts(start.toLocalDate(), minutes, today).contains(start);
    }
}
