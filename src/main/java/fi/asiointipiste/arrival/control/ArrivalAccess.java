package fi.asiointipiste.arrival.control;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see and do what in arrival, for the facades to call inside their transaction. Staff see the desks and
 * tickets of the points they work at (another point's do not exist for them); only clerks act, and only at the desk
 * they are signed in to. A terminal or display acts for the one point its active token is bound to.
 */
@ApplicationScoped
public class ArrivalAccess {

    @PersistenceContext
    EntityManager em;

    public ServicePoint readablePoint(StaffUser actor, long pointId) {
        ServicePoint point = em.find(ServicePoint.class, pointId);
        if (point == null || !worksAt(actor, point)) {
            throw new RefusedAction("frontDesk.pointNotYours");
        }
        return point;
    }

    public ServicePoint writablePoint(StaffUser actor, long pointId) {
        ServicePoint point = readablePoint(actor, pointId);
        requireClerk(actor);
        return point;
    }

    /** A desk of one of the user's points. */
    public Desk readableDesk(StaffUser actor, long deskId) {
        Desk desk = em.find(Desk.class, deskId);
        if (desk == null || !worksAt(actor, desk.getServicePoint())) {
            throw new RefusedAction("arrival.desk.notFound");
        }
        return desk;
    }

    /** The desk the clerk is signed in to, locked so that two changes of it are applied one after the other. */
    public Desk ownDesk(StaffUser actor, long deskId) {
        Desk desk = readableDesk(actor, deskId);
        requireClerk(actor);
        desk.requireClerk(actor);
        em.lock(desk, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return desk;
    }

    /** A ticket of one of the user's points, still in the version they saw when they give one. */
    public Ticket ticket(StaffUser actor, long ticketId, Long version) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || !worksAt(actor, ticket.getServicePoint())) {
            throw new RefusedAction("arrival.ticket.notFound");
        }
        if (version != null && ticket.getVersion() != version) {
            throw new OptimisticLockException("ticket " + ticketId + " changed since version " + version);
        }
        return ticket;
    }

    /** The active device of the given kind behind the token; an unknown, revoked or other-kind token is refused. */
    public Device device(String token, DeviceKind kind) {
        return em.createNamedQuery("Device.byToken", Device.class)
                .setParameter("token", token == null ? "" : token)
                .getResultStream()
                .filter(d -> d.isActive() && d.getKind() == kind)
                .findFirst()
                .orElseThrow(() -> new RefusedAction("arrival.device.refused"));
    }

    /**
     * Serialises the changes of one point's queue (numbers, calls, transfers): a write lock on the point's row, so two
     * desks calling at the same moment get different tickets and two terminals different numbers.
     */
    public void lockQueue(ServicePoint point) {
        em.lock(point, LockModeType.PESSIMISTIC_WRITE);
    }

    public static void requireClerk(StaffUser actor) {
        if (!actor.has(Role.CLERK)) {
            throw new RefusedAction("frontDesk.readOnly");
        }
    }

    public static boolean worksAt(StaffUser actor, ServicePoint point) {
        return actor.getServicePoints().stream().anyMatch(p -> p.getId().equals(point.getId()));
    }
}
