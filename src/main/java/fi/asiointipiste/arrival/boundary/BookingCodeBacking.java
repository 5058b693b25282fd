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

/** The public booking page's "I have a code" section: find a booked time by its code, cancel it or move it. */
@Named
@ViewScoped
public class BookingCodeBacking implements Serializable {

    /** The time found by its code, as the page shows it. */
    public record Found(String code, LocalDateTime start, long minutes, String point, long pointId, List<String> tasks)
            implements Serializable {}

    @Inject
    SelfBooking selfBooking;

    @Inject
    LocaleSelection localeSelection;

    private String code;
    private Found found;
    private LocalDate moveDay;
    private String moveStart;

    public void find() {
        Appointment a = selfBooking.find(ClientAddress.now(), code);
        show(a);
        moveDay = a.getStartsAt().toLocalDate();
        moveStart = null;
    }

    public void cancelFound() {
        selfBooking.cancel(ClientAddress.now(), found.code());
        found = null;
        code = null;
        Messages.info("selfBooking.cancelled");
    }

    public void moveFound() {
        if (moveStart == null || moveStart.isBlank()) {
            Messages.error("selfBooking.timeRequired");
            return;
        }
        show(selfBooking.move(ClientAddress.now(), found.code(), LocalDateTime.parse(moveStart)));
        moveStart = null;
        Messages.info("selfBooking.moved");
    }

    private void show(Appointment a) {
        found = new Found(
                a.getCode(),
                a.getStartsAt(),
                a.getDurationMinutes(),
                a.getServicePoint().getName(),
                a.getServicePoint().getId(),
                a.getTasks().stream()
                        .map(t -> t.getName().in(localeSelection.getLocale()))
                        .toList());
    }

    /** The free starts of the chosen day for the found time's length. */
    public List<LocalDateTime> getMoveTimes() {
        return found == null || moveDay == null
                ? List.of()
                : selfBooking.freeTimes(found.pointId(), moveDay, (int) found.minutes());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The found time, or null. */
    public Found getFound() {
        return found;
    }

    public String getMoveDay() {
        return moveDay == null ? null : moveDay.toString();
    }

    public void setMoveDay(String iso) {
        this.moveDay = BookingDays.parse(iso);
    }

    public String getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(String moveStart) {
        this.moveStart = moveStart;
    }
}
