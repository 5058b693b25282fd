package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.control.PointChoice;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The front desk's view of one service point: today's visits by status, and the days before. A user sees
 * only the points they work at; asking for another point shows their own first point and says why.
 */
@Named
@RequestScoped
public class FrontDeskBacking {

    private static final int MAX_ROWS = 500;

    @Inject
    Visits visits;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private Long pointId;
    private LocalDate day;
    private ServicePoint point;
    private List<Visit> dayVisits;

    /** f:viewAction: resolves the requested point and day. */
    public void load() {
        PointChoice choice = PointChoice.of(
                staff.getServicePoints(), pointId, pointId == null ? visits.lastPointOf(staff.actor()) : null);
        if (choice.problem() != null) {
            Messages.error(choice.problem());
        }
        point = choice.point();
        if (point == null) {
            dayVisits = List.of();
            return;
        }
        pointId = point.getId();
        if (day == null || day.isAfter(clock.today())) {
            day = clock.today();
        }
        dayVisits = visits.arrivedAt(point, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), MAX_ROWS);
    }

    /** Today's day log of a point read again (after a push: the page's view parameters are not read on a postback). */
    public void reloadToday(Long point) {
        pointId = point;
        day = null;
        load();
    }

    public long count(VisitStatus status) {
        return dayVisits.stream().filter(v -> v.getStatus() == status).count();
    }

    public List<Visit> getVisits() {
        return dayVisits;
    }

    public List<ServicePoint> getPoints() {
        return staff.getServicePoints();
    }

    public ServicePoint getPoint() {
        return point;
    }

    public VisitStatus[] getStatuses() {
        return VisitStatus.values();
    }

    public LocalDate getPreviousDay() {
        return day.minusDays(1);
    }

    public LocalDate getNextDay() {
        return day.plusDays(1).isAfter(clock.today()) ? null : day.plusDays(1);
    }

    public boolean isToday() {
        return day != null && day.equals(clock.today());
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
