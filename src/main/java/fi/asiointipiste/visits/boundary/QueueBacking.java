package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.platform.web.FormToken;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.AppointmentStatus;
import fi.asiointipiste.visits.entity.RemoteMeans;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The live queue of one point today (top of front-desk/index.xhtml): waiting customers with minutes waited,
 * who serves whom, today's appointments, and the one-action starts. The page polls {@link #refresh()} so the
 * minutes stay current.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private final FormToken walkInToken = new FormToken();
    private String submittedWalkInToken;
    private Visit lastWalkIn;

    @Inject
    Queue queue;

    @Inject
    Appointments appointments;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private Long pointId;
    private boolean live;
    private List<Visit> today = List.of();
    private List<Appointment> bookedToday = List.of();

    /**
     * f:viewAction after the day log has resolved the point. The queue lives in this view-scoped bean, so its
     * buttons still exist on the postback, when the request-scoped day log has not been loaded.
     */
    public void open(Long point, boolean isToday) {
        this.pointId = point;
        this.live = point != null && isToday;
        refresh();
    }

    public boolean isLive() {
        return live;
    }

    public void refresh() {
        if (pointId == null) {
            return;
        }
        try {
            today = queue.today(staff.actor(), pointId);
            bookedToday = appointments.today(staff.actor(), pointId).stream()
                    .filter(a -> a.getStatus() != AppointmentStatus.CANCELLED)
                    .toList();
        } catch (RefusedAction refused) {
            // No message: the page polls this every 20 s, and the day log below already says which point is shown.
            today = List.of();
            bookedToday = List.of();
        }
    }

    public List<Visit> getWaiting() {
        return of(VisitStatus.WAITING);
    }

    public List<Visit> getInService() {
        return of(VisitStatus.IN_SERVICE);
    }

    public long getDone() {
        return of(VisitStatus.DONE).size();
    }

    public long getNoShows() {
        return of(VisitStatus.NO_SHOW).size();
    }

    private List<Visit> of(VisitStatus status) {
        return today.stream().filter(v -> v.getStatus() == status).toList();
    }

    public long minutesWaiting(Visit visit) {
        return Duration.between(visit.getArrivedAt(), clock.now()).toMinutes();
    }

    /**
     * One action: a walk-in customer is served by me now. Idempotent per rendered form: a second submission of the same
     * form (a double click) creates nothing and leads to the visit the first one created.
     */
    public String serveWalkIn() {
        if (!walkInToken.consume(submittedWalkInToken)) {
            return lastWalkIn == null ? alreadySubmitted() : VisitBacking.page(lastWalkIn);
        }
        Visit visit = queue.walkIn(staff.actor(), pointId, true);
        lastWalkIn = visit;
        return VisitBacking.page(visit);
    }

    /**
     * A phone or video customer is served by me now: a REMOTE visit without a ticket; idempotent per rendered form
     * like {@link #serveWalkIn}.
     */
    public String serveRemote(String means) {
        if (!walkInToken.consume(submittedWalkInToken)) {
            return lastWalkIn == null ? alreadySubmitted() : VisitBacking.page(lastWalkIn);
        }
        Visit visit = queue.remote(staff.actor(), pointId, RemoteMeans.valueOf(means));
        lastWalkIn = visit;
        return VisitBacking.page(visit);
    }

    /** A walk-in joins the queue; a second submission of the same form adds nobody. */
    public void queueWalkIn() {
        if (!walkInToken.consume(submittedWalkInToken)) {
            alreadySubmitted();
            refresh();
            return;
        }
        queue.walkIn(staff.actor(), pointId, false);
        refresh();
    }

    private String alreadySubmitted() {
        Messages.info("frontDesk.queue.alreadySubmitted");
        return null;
    }

    /** The queue form's one-time token (a hidden field): what makes the walk-in buttons idempotent. */
    public String getWalkInToken() {
        return walkInToken.getValue();
    }

    public void setWalkInToken(String submitted) {
        this.submittedWalkInToken = submitted;
    }

    public String callNext() {
        return queue.callNext(staff.actor(), pointId).map(VisitBacking::page).orElseGet(() -> {
            Messages.info("frontDesk.queue.nobodyWaiting");
            return null;
        });
    }

    public String call(Visit visit) {
        return VisitBacking.page(queue.call(staff.actor(), visit.getId(), visit.getVersion()));
    }

    public void noShow(Visit visit) {
        try {
            queue.noShow(staff.actor(), visit.getId(), visit.getVersion());
        } finally {
            refresh(); // the queue as it now is, also after a refusal (someone else called the customer)
        }
    }

    /** Today's appointments of the point (not cancelled ones), earliest first. */
    public List<Appointment> getAppointments() {
        return bookedToday;
    }

    /** The customer of an appointment arrived: the visit starts with its planned errands (one action). */
    public String checkIn(Appointment appointment) {
        return VisitBacking.page(appointments.checkIn(staff.actor(), appointment.getId(), appointment.getVersion()));
    }

    public void appointmentNoShow(Appointment appointment) {
        try {
            appointments.noShow(staff.actor(), appointment.getId(), appointment.getVersion());
            Messages.info("appointment.noShowDone");
        } finally {
            refresh(); // the queue and appointments as they now are, also after a refusal
        }
    }

    /** Whether the appointment's time has begun, so that "did not come" makes sense. */
    public boolean due(Appointment appointment) {
        return !clock.now().isBefore(appointment.getStartsAt());
    }

    public Long getPointId() {
        return pointId;
    }
}
