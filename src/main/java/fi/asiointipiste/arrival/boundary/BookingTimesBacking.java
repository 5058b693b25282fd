package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.BookingDays;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The public booking page, step 2 and the confirmation: the free times of a day for the planned length, booking one,
 * and the short code that finds it again.
 */
@Named
@ViewScoped
public class BookingTimesBacking implements Serializable {

    /** What the confirmation shows. */
    public record Booked(String code, LocalDateTime start, String point) implements Serializable {}

    @Inject
    SelfBooking selfBooking;

    @Inject
    SelfBookingBacking choice;

    @Inject
    LocaleSelection localeSelection;

    private LocalDate day;
    private String start;
    private Booked booked;

    /** Step 2 opens (again): the first day unless one was chosen, no time chosen. */
    void opened() {
        if (day == null) {
            day = selfBooking.days().get(0);
        }
        start = null;
    }

    void forgetBooked() {
        booked = null;
    }

    public void book() {
        if (start == null || start.isBlank()) {
            Messages.error("selfBooking.timeRequired");
            return;
        }
        Appointment a = selfBooking.book(ClientAddress.now(), choice.request(LocalDateTime.parse(start)));
        booked = new Booked(a.getCode(), a.getStartsAt(), a.getServicePoint().getName());
        Messages.info("selfBooking.booked");
    }

    public List<LocalDate> getDays() {
        return selfBooking.days();
    }

    /** A day as the day list shows it, e.g. "maanantai 7.12.2026". */
    public String dayLabel(LocalDate d) {
        return BookingDays.label(localeSelection.getLocale(), d);
    }

    /** The free starts of the chosen day for the planned time (ISO values, shown by the page as times). */
    public List<LocalDateTime> getFreeTimes() {
        return choice.getPlan() == null || day == null || choice.getPointId() == null
                ? List.of()
                : selfBooking.freeTimes(
                        choice.getPointId(), day, choice.getPlan().minutes());
    }

    public String iso(Object t) {
        return t.toString();
    }

    /** The chosen day as an ISO date (the day list's values). */
    public String getDay() {
        return day == null ? null : day.toString();
    }

    public void setDay(String iso) {
        this.day = BookingDays.parse(iso);
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    /** The booked time, or null before booking. */
    public Booked getBooked() {
        return booked;
    }
}
