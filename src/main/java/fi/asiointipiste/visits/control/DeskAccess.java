package fi.asiointipiste.visits.control;

import fi.asiointipiste.audit.boundary.OutOfScope;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/**
 * Who may see and change what at the front desk, for the facades to call inside their transaction. Staff see
 * the visits and appointments of the points they work at (another point's do not exist for them); only clerks
 * change them. A change names the version the clerk saw: a stale one is a conflict, and every change of a visit
 * raises its version, so two clerks never overwrite each other.
 */
@ApplicationScoped
public class DeskAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OutOfScope> outOfScope;

    /** A visit of one of the user's points. */
    public Visit readableVisit(StaffUser actor, long visitId) {
        Visit visit = em.find(Visit.class, visitId);
        audited(actor, visit, Visit::getServicePoint, "Visit", visitId);
        return ofTheirPoint(actor, visit, Visit::getServicePoint, "frontDesk.visit.notFound");
    }

    /** A visit the user may change: of their point, and they are a clerk. */
    public Visit writableVisit(StaffUser actor, long visitId) {
        Visit visit = readableVisit(actor, visitId);
        requireClerk(actor);
        return visit;
    }

    /**
     * A visit the clerk changes now: still in the version they saw and in the expected state; locked so that the
     * change raises its version.
     */
    public Visit editable(StaffUser actor, long visitId, long version, VisitStatus expected) {
        Visit visit = writableVisit(actor, visitId);
        if (visit.getVersion() != version) {
            throw new OptimisticLockException("visit " + visitId + " changed since version " + version);
        }
        visit.requireStatus(expected);
        em.lock(visit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return visit;
    }

    /** An appointment of one of the user's points. */
    public Appointment readableAppointment(StaffUser actor, long id) {
        Appointment appointment = em.find(Appointment.class, id);
        audited(actor, appointment, Appointment::getServicePoint, "Appointment", id);
        return ofTheirPoint(actor, appointment, Appointment::getServicePoint, "appointment.notFound");
    }

    /** A booked appointment the clerk changes now, still in the version they saw. */
    public Appointment editableAppointment(StaffUser clerk, long id, long version) {
        Appointment a = readableAppointment(clerk, id);
        writablePoint(clerk, a.getServicePoint().getId());
        if (a.getVersion() != version) {
            throw new OptimisticLockException("appointment " + id + " changed since version " + version);
        }
        a.checkBooked();
        return a;
    }

    /**
     * A hand-off as the user may see it: a specialist of its agency (across points), or staff of its visit's point; for
     * anyone else it does not exist, and an existing one of another point is recorded as a refused read.
     */
    public Handoff readableHandoff(StaffUser actor, long id) {
        Handoff h = em.find(Handoff.class, id);
        if (h == null) {
            throw new RefusedAction("handoff.notFound");
        }
        if (!isSpecialistFor(actor, h) && !worksAt(actor, h.getServicePointId())) {
            outOfScope.fire(new OutOfScope(actor.getUsername(), "Handoff", id, "point " + h.getServicePointId()));
            throw new RefusedAction("handoff.notFound");
        }
        return h;
    }

    /**
     * A hand-off of the specialist's agency, for the specialist's steps (accept, joined, complete); anyone else is
     * refused as if it did not exist, and a user of neither its agency nor its point is recorded as a refused read.
     */
    public Handoff specialistsHandoff(StaffUser specialist, long id) {
        Handoff h = em.find(Handoff.class, id);
        if (h == null || !isSpecialistFor(specialist, h)) {
            if (h != null && !worksAt(specialist, h.getServicePointId())) {
                outOfScope.fire(
                        new OutOfScope(specialist.getUsername(), "Handoff", id, "point " + h.getServicePointId()));
            }
            throw new RefusedAction("handoff.notFound");
        }
        return h;
    }

    /** A clerk who represents the hand-off's agency. */
    static boolean isSpecialistFor(StaffUser actor, Handoff h) {
        return actor.getAgency() != null
                && actor.has(Role.CLERK)
                && h.getAgency().equals(actor.getAgency());
    }

    public ServicePoint readablePoint(StaffUser actor, long pointId) {
        return ofTheirPoint(actor, em.find(ServicePoint.class, pointId), p -> p, "frontDesk.pointNotYours");
    }

    /** Every point the user works at, as stored now. */
    public java.util.List<ServicePoint> readablePoints(StaffUser actor) {
        return actor.getServicePoints().stream()
                .map(p -> em.find(ServicePoint.class, p.getId()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    public ServicePoint writablePoint(StaffUser actor, long pointId) {
        ServicePoint point = readablePoint(actor, pointId);
        requireClerk(actor);
        return point;
    }

    /** Only clerks change the desk's data; supervisors read it. */
    public static void requireClerk(StaffUser actor) {
        if (!actor.has(Role.CLERK)) {
            throw new RefusedAction("frontDesk.readOnly");
        }
    }

    /** An existing row of a point the user does not work at: the attempt goes to the audit trail (issue 12). */
    private <T> void audited(StaffUser actor, T found, Function<T, ServicePoint> pointOf, String type, long id) {
        if (found != null && !worksAt(actor, pointOf.apply(found))) {
            outOfScope.fire(new OutOfScope(
                    actor.getUsername(),
                    type,
                    id,
                    "point " + pointOf.apply(found).getId()));
        }
    }

    /** The row if it belongs to one of the user's points; otherwise (or when there is none) refused as not found. */
    private static <T> T ofTheirPoint(StaffUser actor, T found, Function<T, ServicePoint> pointOf, String notFound) {
        if (found == null || !worksAt(actor, pointOf.apply(found))) {
            throw new RefusedAction(notFound);
        }
        return found;
    }

    static boolean worksAt(StaffUser actor, ServicePoint point) {
        return worksAt(actor, point.getId());
    }

    static boolean worksAt(StaffUser actor, long pointId) {
        return actor.getServicePoints().stream().anyMatch(p -> p.getId() == pointId);
    }
}
