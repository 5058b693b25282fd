package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.BookingHours;
import fi.asiointipiste.arrival.control.DoorRouting;
import fi.asiointipiste.arrival.control.DoorRouting.DoorDecision;
import fi.asiointipiste.arrival.control.RateWindow;
import fi.asiointipiste.arrival.control.SlotLength;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.boundary.Appointments;
import fi.asiointipiste.visits.boundary.Booking;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Self-booking: on the public booking page (no sign-in) a customer chooses a service point, their errands and the
 * language of service, and books a free time. The engine predicts each errand's support level at the door
 * ({@link DoorRouting}, as at the check-in terminal) and {@link SlotLength} turns the levels into the time's length;
 * {@link BookingHours} says which starts are offered; the visits feature's {@link Appointments} keeps the point's
 * desk capacity (serialised per point, so of two customers taking the last desk only one gets it). The customer
 * gets the appointment's short code, with which they later cancel or move it, or check in at the terminal.
 *
 * <p>Every booking, code look-up, cancellation and move counts against a per-address rate limit
 * ({@code asiointipiste.selfBooking.rateLimit} actions per {@value #WINDOW_MINUTES} minutes, default 30), so that
 * nobody fills a point's calendar or guesses codes from one address.
 */
@ApplicationScoped
@Transactional
public class SelfBooking {

    static final int WINDOW_MINUTES = 10;

    /** One chosen errand with the level the engine predicts for it (null: not routable at the door). */
    public record PlannedErrand(ServiceTask task, SupportLevel level, String specialistAgency)
            implements Serializable {}

    /** What a customer's choices need: the errands with their predicted levels and the time's length. */
    public record Plan(List<PlannedErrand> errands, boolean interpreter, int minutes) implements Serializable {}

    /** The customer's booking: where, what, in which language, when, and an optional short note. */
    public record Request(
            long pointId,
            List<String> taskCodes,
            String language,
            boolean interpreter,
            LocalDateTime start,
            String note)
            implements Serializable {}

    @Inject
    Appointments appointments;

    @Inject
    Catalogue catalogue;

    @Inject
    ServicePoints points;

    @Inject
    DoorRouting doorRouting;

    @Inject
    ServiceClock clock;

    @Inject
    @ConfigProperty(name = "asiointipiste.selfBooking.rateLimit", defaultValue = "30")
    int rateLimit;

    private RateWindow window;

    @PostConstruct
    void init() {
        window = new RateWindow(rateLimit, Duration.ofMinutes(WINDOW_MINUTES));
    }

    /** The service points one can book at: the active ones. */
    public List<ServicePoint> points() {
        return points.all().stream().filter(ServicePoint::isActive).toList();
    }

    /** The errands one can book a time for: the catalogue's active ones. */
    public List<ServiceTask> errands() {
        return catalogue.tasks().stream().filter(ServiceTask::isActive).toList();
    }

    /** The working days that can be booked. */
    public List<LocalDate> days() {
        return BookingHours.days(clock.today());
    }

    /** Routes the chosen errands at the door and gives the time's length; unknown errands or language are refused. */
    public Plan plan(long pointId, List<String> taskCodes, String language, boolean interpreter) {
        if (language == null || !LocaleSelection.LANGUAGES.contains(language)) {
            throw new RefusedAction("selfBooking.languageRequired");
        }
        ServicePoint point = points.byId(pointId)
                .filter(ServicePoint::isActive)
                .orElseThrow(() -> new RefusedAction("selfBooking.pointUnknown"));
        if (taskCodes == null || taskCodes.isEmpty()) {
            throw new RefusedAction("appointment.taskRequired");
        }
        List<PlannedErrand> planned = new ArrayList<>();
        for (String code : new LinkedHashSet<>(taskCodes)) {
            ServiceTask task = catalogue
                    .task(code)
                    .filter(ServiceTask::isActive)
                    .orElseThrow(() -> new RefusedAction("frontDesk.task.unknown"));
            DoorDecision d = doorRouting.route(
                    point.getId(), task.getCode(), task.getAgency().getCode(), language, interpreter, null);
            boolean specialist =
                    d != null && d.agencyCode() != null && d.mode() != null && !TicketErrand.AT_DESK.equals(d.mode());
            planned.add(new PlannedErrand(task, d == null ? null : d.level(), specialist ? d.agencyCode() : null));
        }
        int minutes =
                SlotLength.minutes(planned.stream().map(PlannedErrand::level).toList(), interpreter);
        return new Plan(List.copyOf(planned), interpreter, minutes);
    }

    /** The free starts on the day for a time of {@code minutes} (none on a day that cannot be booked). */
    public List<LocalDateTime> freeTimes(long pointId, LocalDate day, int minutes) {
        return appointments.freeStarts(pointId, BookingHours.starts(day, minutes, clock.today()), minutes);
    }

    /** Books the time; the length is computed here again from the errands, never taken from the page. */
    public Appointment book(String address, Request r) {
        count(address);
        try {
            Appointment.checkedNote(r.note());
        } catch (RefusedAction refused) { // the customer's own words for the clerk's message
            throw new RefusedAction(refused.key().replace("appointment.", "selfBooking."));
        }
        Plan plan = plan(r.pointId(), r.taskCodes(), r.language(), r.interpreter());
        checkBookable(r.start(), plan.minutes());
        String specialist = plan.errands().stream()
                .map(PlannedErrand::specialistAgency)
                .filter(a -> a != null)
                .findFirst()
                .orElse(null);
        Booking booking = new Booking(
                        r.start().toLocalDate(),
                        r.start().toLocalTime(),
                        plan.minutes(),
                        plan.errands().stream().map(e -> e.task().getCode()).toList())
                .withNote(r.note())
                .withSpecialist(specialist, r.interpreter());
        return appointments.bookOnline(r.pointId(), booking, r.language());
    }

    /** The customer's booked time, by its short code. */
    public Appointment find(String address, String code) {
        count(address);
        return appointments.byCode(code);
    }

    public Appointment cancel(String address, String code) {
        count(address);
        return appointments.cancelByCode(code);
    }

    /** Moves the time to a new start of the bookable hours, keeping its errands and length. */
    public Appointment move(String address, String code, LocalDateTime start) {
        count(address);
        Appointment a = appointments.byCode(code);
        checkBookable(start, (int) a.getDurationMinutes());
        return appointments.moveByCode(code, start.toLocalDate(), start.toLocalTime());
    }

    private void checkBookable(LocalDateTime start, int minutes) {
        if (start == null) {
            throw new RefusedAction("appointment.timeRequired");
        }
        if (!BookingHours.bookable(start, minutes, clock.today())) {
            throw new RefusedAction("selfBooking.timeNotOffered");
        }
    }

    private void count(String address) {
        if (!window.allow(address == null ? "" : address, Instant.now())) {
            throw new RefusedAction("selfBooking.tooMany", "too many self-booking actions from one address");
        }
    }
}
