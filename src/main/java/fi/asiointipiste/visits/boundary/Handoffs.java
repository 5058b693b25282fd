package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.control.VisitQueries;
import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.HandoffMode;
import fi.asiointipiste.visits.entity.HandoffStatus;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Hand-offs from the desk to agency specialists. The clerk of the visit's point requests one; a specialist
 * (a clerk user who represents an agency) sees the open requests of their agency across all points in an
 * inbox, accepts one, marks it joined and completed. Every step is audited.
 */
@ApplicationScoped
@Transactional
public class Handoffs {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskAccess access;

    @Inject
    VisitQueries queries;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    /** The clerk of an in-service visit asks a specialist to join one of its tasks; the rules of {@link Handoff#request}. */
    public Handoff request(
            StaffUser clerk,
            long visitId,
            long taskId,
            String agencyCode,
            HandoffMode mode,
            LocalDateTime slotAt,
            String roomOrDevice,
            boolean interpreterBooked,
            boolean clerkStays,
            boolean customerConsents) {
        Visit visit = access.writableVisit(clerk, visitId);
        visit.requireStatus(VisitStatus.IN_SERVICE);
        VisitTask task = visit.task(taskId);
        Handoff handoff = Handoff.request(
                task,
                queries.agency(agencyCode).orElse(null),
                mode,
                slotAt,
                roomOrDevice,
                interpreterBooked,
                clerkStays,
                customerConsents,
                clerk.getUsername(),
                clock.now());
        if (ofVisit(visitId).stream()
                .anyMatch(
                        h -> h.getVisitTask().getId() == taskId && h.getStatus().isOpen())) {
            throw new RefusedAction("handoff.alreadyOpen");
        }
        em.persist(handoff);
        em.flush();
        audit.record("HANDOFF_REQUESTED", "Handoff", handoff.getId(), null, agencyCode + " " + mode);
        return handoff;
    }

    /**
     * The clerk of the visit's point cancels a hand-off the specialist has not completed, with a reason; the
     * request leaves the specialist's inbox at its next refresh. A completed one stays as it was.
     */
    public Handoff cancel(StaffUser clerk, long id, long version, String reason) {
        Handoff h = em.find(Handoff.class, id);
        if (h == null) {
            throw new RefusedAction("handoff.notFound");
        }
        Visit visit = access.writableVisit(clerk, h.getVisitTask().getVisit().getId());
        if (h.getVersion() != version) {
            throw new OptimisticLockException("hand-off " + id + " changed since version " + version);
        }
        String before = h.getStatus().name();
        h.cancel(reason, clerk.getUsername(), clock.now());
        audit.record(
                "HANDOFF_CANCELLED", "Handoff", id, before, HandoffStatus.CANCELLED.name() + " visit " + visit.getId());
        return h;
    }

    /**
     * One hand-off as the user may see it: a specialist of its agency, or a clerk or supervisor of its visit's point;
     * for anyone else it does not exist (another point's: recorded as a refused read, {@link DeskAccess}).
     */
    public Handoff handoff(StaffUser actor, long id) {
        return access.readableHandoff(actor, id);
    }

    public List<Handoff> ofVisit(StaffUser actor, long visitId) {
        access.readableVisit(actor, visitId);
        return ofVisit(visitId);
    }

    private List<Handoff> ofVisit(long visitId) {
        return em.createNamedQuery("Handoff.ofVisit", Handoff.class)
                .setParameter("visit", visitId)
                .getResultList();
    }

    /** Open requests for the specialist's agency, across service points; empty for a user with no agency. */
    public List<Handoff> inbox(StaffUser specialist) {
        if (specialist.getAgency() == null || !specialist.has(Role.CLERK)) {
            return List.of();
        }
        return em.createNamedQuery("Handoff.openForAgency", Handoff.class)
                .setParameter("agency", specialist.getAgency())
                .setParameter("open", List.of(HandoffStatus.REQUESTED, HandoffStatus.ACCEPTED, HandoffStatus.JOINED))
                .getResultList();
    }

    public Handoff accept(StaffUser specialist, long id, long version) {
        Handoff h = forSpecialist(specialist, id, version, false);
        h.accept(specialist, clock.now());
        audit.record("HANDOFF_ACCEPTED", "Handoff", id, HandoffStatus.REQUESTED.name(), HandoffStatus.ACCEPTED.name());
        return h;
    }

    public Handoff joined(StaffUser specialist, long id, long version) {
        Handoff h = forSpecialist(specialist, id, version, true);
        h.joined(clock.now());
        audit.record("HANDOFF_JOINED", "Handoff", id, HandoffStatus.ACCEPTED.name(), HandoffStatus.JOINED.name());
        return h;
    }

    public Handoff complete(StaffUser specialist, long id, long version, String outcome) {
        Handoff h = forSpecialist(specialist, id, version, true);
        h.complete(outcome, clock.now());
        audit.record("HANDOFF_COMPLETED", "Handoff", id, HandoffStatus.JOINED.name(), HandoffStatus.COMPLETED.name());
        return h;
    }

    /** A request of the specialist's agency, not cancelled by the desk, in the version they saw (and theirs). */
    private Handoff forSpecialist(StaffUser specialist, long id, long version, boolean mustBeTheirs) {
        Handoff h = access.specialistsHandoff(specialist, id);
        h.checkNotCancelled();
        if (h.getVersion() != version) {
            throw new OptimisticLockException("hand-off " + id + " changed since version " + version);
        }
        if (mustBeTheirs) {
            h.checkTakenBy(specialist);
        }
        return h;
    }
}
