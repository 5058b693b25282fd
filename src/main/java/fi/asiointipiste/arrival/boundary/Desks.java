package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.ArrivalAccess;
import fi.asiointipiste.arrival.control.QueueReader;
import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.DeskStatus;
import fi.asiointipiste.arrival.entity.QueueChanged;
import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The named desks of a service point: administrators add them (number, optional name, optional agency for a
 * specialist's desk) and take them out of use; a clerk signs in to one desk at a time, sets its status (serving,
 * pause, away) and signs out. Every change reaches the boards by {@link QueueChanged}.
 */
@ApplicationScoped
@Transactional
public class Desks {

    @PersistenceContext
    EntityManager em;

    @Inject
    ArrivalAccess access;

    @Inject
    QueueReader reader;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    Event<QueueChanged> changed;

    /** The desks of one of the user's points, by number. */
    public List<Desk> atPoint(StaffUser actor, long pointId) {
        access.readablePoint(actor, pointId);
        return reader.desks(pointId);
    }

    /** The desks of a point for administration (every point). */
    public List<Desk> atPoint(long pointId) {
        return reader.desks(pointId);
    }

    /** The desk the user is signed in to, if any. */
    public Optional<Desk> mine(StaffUser actor) {
        return em.createNamedQuery("Desk.ofClerk", Desk.class)
                .setParameter("clerk", actor)
                .getResultStream()
                .findFirst();
    }

    /** An administrator adds a desk; its number is unique at the point. */
    public Desk add(long pointId, Integer number, String name, String agencyCode) {
        ServicePoint point = em.find(ServicePoint.class, pointId);
        if (point == null) {
            throw new RefusedAction("kiosk.admin.pointRequired");
        }
        if (number == null) {
            throw new RefusedAction("arrival.desk.numberInvalid");
        }
        if (reader.desks(pointId).stream().anyMatch(d -> d.getNumber() == number)) {
            throw new RefusedAction("arrival.desk.numberTaken");
        }
        Agency agency = null;
        if (agencyCode != null && !agencyCode.isBlank()) {
            agency = catalogue.agencies().stream()
                    .filter(a -> a.getCode().equals(agencyCode))
                    .findFirst()
                    .orElseThrow(() -> new RefusedAction("appointment.agencyUnknown"));
        }
        Desk desk = new Desk(point, number, name, agency);
        em.persist(desk);
        em.flush();
        audit.record("DESK_ADDED", "Desk", desk.getId(), null, point.getCode() + " " + number);
        changed.fire(new QueueChanged(pointId));
        return desk;
    }

    /** An administrator takes a desk out of use (nobody may be signed in to it) or back into use. */
    public Desk setActive(long deskId, boolean active) {
        Desk desk = em.find(Desk.class, deskId);
        if (desk == null) {
            throw new RefusedAction("arrival.desk.notFound");
        }
        if (active) {
            desk.activate();
        } else {
            desk.deactivate();
        }
        audit.record(active ? "DESK_ACTIVATED" : "DESK_DEACTIVATED", "Desk", deskId, null, null);
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return desk;
    }

    /** The clerk sits down at the desk (and leaves any other desk they were signed in to). */
    public Desk signIn(StaffUser actor, long deskId) {
        Desk desk = access.readableDesk(actor, deskId);
        access.writablePoint(actor, desk.getServicePoint().getId());
        Optional<Desk> previous = mine(actor).filter(d -> !d.getId().equals(deskId));
        if (previous.isPresent()) {
            leave(previous.get());
        }
        desk.signIn(actor, clock.now());
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return desk;
    }

    public Desk signOut(StaffUser actor, long deskId) {
        Desk desk = access.ownDesk(actor, deskId);
        leave(desk);
        return desk;
    }

    private void leave(Desk desk) {
        boolean customerAtDesk = reader.tickets(desk.getServicePoint().getId()).stream()
                .anyMatch(t -> t.getStatus().isAtDesk()
                        && t.getDesk() != null
                        && t.getDesk().getId().equals(desk.getId()));
        if (customerAtDesk) {
            throw new RefusedAction("arrival.desk.customerAtDesk");
        }
        desk.signOut(clock.now());
        em.flush();
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
    }

    public Desk changeStatus(StaffUser actor, long deskId, DeskStatus status) {
        Desk desk = access.ownDesk(actor, deskId);
        desk.changeStatus(status, clock.now());
        changed.fire(new QueueChanged(desk.getServicePoint().getId()));
        return desk;
    }
}
