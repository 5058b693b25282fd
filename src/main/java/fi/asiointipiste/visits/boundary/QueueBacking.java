package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The live queue of one point today (top of front-desk/index.xhtml): the counters, waiting customers with minutes
 * waited and who serves whom. The walk-in buttons are {@link WalkInBacking}'s, today's appointments
 * {@link TodayAppointmentsBacking}'s. Every committed change of the point's visits is pushed to the page
 * ({@link QueuePush}), which then calls {@link #pushed()} and redraws the queue and the day log.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    @Inject
    Queue queue;

    @Inject
    TodayAppointmentsBacking appointments;

    @Inject
    FrontDeskBacking dayLog;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private Long pointId;
    private boolean live;
    private List<Visit> today = List.of();

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

    /** The queue and today's appointments as they now are. */
    public void refresh() {
        if (pointId == null) {
            return;
        }
        try {
            today = queue.today(staff.actor(), pointId);
        } catch (RefusedAction refused) {
            // No message: this runs after every push, and the day log below already says which point is shown.
            today = List.of();
        }
        appointments.load(pointId);
    }

    /** A push said the point's visits changed: the queue, today's appointments and the day log are read again. */
    public void pushed() {
        refresh();
        dayLog.reloadToday(pointId);
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

    public Long getPointId() {
        return pointId;
    }
}
