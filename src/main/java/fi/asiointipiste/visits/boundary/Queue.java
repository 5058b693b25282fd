package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.RemoteMeans;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The queue of a service point today: walk-ins join it (or are served at once), the clerk calls the next one or a
 * chosen one, and a customer who does not answer the call becomes a no-show (firing {@link VisitClosed}).
 */
@ApplicationScoped
@Transactional
public class Queue {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskAccess access;

    @Inject
    ServiceClock clock;

    @Inject
    Event<VisitClosed> closed;

    @Inject
    Event<VisitsChanged> changed;

    /** Today's visits of the point, oldest first. */
    public List<Visit> today(StaffUser actor, long pointId) {
        ServicePoint point = access.readablePoint(actor, pointId);
        List<Visit> oldestFirst = new ArrayList<>(em.createNamedQuery("Visit.atPointBetween", Visit.class)
                .setParameter("point", point)
                .setParameter("from", clock.today().atStartOfDay())
                .setParameter("until", clock.today().plusDays(1).atStartOfDay())
                .getResultList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** A walk-in customer joins the queue; with {@code serveNow} the clerk serves them at once (one action). */
    public Visit walkIn(StaffUser actor, long pointId, boolean serveNow) {
        ServicePoint point = access.writablePoint(actor, pointId);
        Visit visit = new Visit(point, Channel.WALK_IN, clock.now());
        if (serveNow) {
            visit.startService(actor, clock.now());
        }
        em.persist(visit);
        return changed(visit);
    }

    /**
     * The clerk serves a customer over the phone or a video connection: a REMOTE-channel visit in service with them at
     * once, without a ticket or a place in the queue. Recorded like any visit (errands, outcomes, closing, statistics).
     */
    public Visit remote(StaffUser actor, long pointId, RemoteMeans means) {
        ServicePoint point = access.writablePoint(actor, pointId);
        if (means == null) {
            throw new RefusedAction("frontDesk.remote.meansRequired");
        }
        Visit visit = Visit.remote(point, means, actor, clock.now());
        em.persist(visit);
        return changed(visit);
    }

    /**
     * A customer checked in at the point's check-in terminal and waits: a WAITING walk-in visit with the language they
     * chose there and their interpreter and e-identification answers as intake facts. No staff user acts; the caller
     * (the arrival feature) has checked the terminal's device token for this point.
     */
    public Visit checkedIn(long pointId, String language, boolean needsInterpreter, Boolean strongEid) {
        ServicePoint point = em.find(ServicePoint.class, pointId);
        if (point == null) {
            throw new RefusedAction("frontDesk.pointNotYours");
        }
        Visit visit = new Visit(point, Channel.WALK_IN, clock.now());
        visit.intake(strongEid, null, language, needsInterpreter, null);
        em.persist(visit);
        return changed(visit);
    }

    /** The clerk takes over a visit in service that another desk transferred to them. */
    public Visit takeOver(StaffUser actor, long visitId, long version) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        visit.takeOver(actor);
        return changed(visit);
    }

    /** Calls the customer who has waited longest; empty when nobody waits. */
    public Optional<Visit> callNext(StaffUser actor, long pointId) {
        ServicePoint point = access.writablePoint(actor, pointId);
        Optional<Visit> next = em.createNamedQuery("Visit.openAtPoint", Visit.class)
                .setParameter("point", point)
                .setParameter("open", List.of(VisitStatus.WAITING))
                .setMaxResults(1)
                .setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultStream()
                .findFirst();
        next.ifPresent(v -> {
            v.startService(actor, clock.now());
            changed(v);
        });
        return next;
    }

    /** Calls a chosen waiting customer. */
    public Visit call(StaffUser actor, long visitId, long version) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.WAITING);
        visit.startService(actor, clock.now());
        return changed(visit);
    }

    /** The called customer did not come: the visit ends as a no-show. */
    public Visit noShow(StaffUser actor, long visitId, long version) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.WAITING);
        visit.markNoShow(clock.now());
        closed.fire(new VisitClosed(visit.getId(), visit.getServicePoint().getId()));
        return visit;
    }

    /** The point's queue pages hear of the change after the commit. */
    private Visit changed(Visit visit) {
        changed.fire(new VisitsChanged(visit.getServicePoint().getId()));
        return visit;
    }
}
