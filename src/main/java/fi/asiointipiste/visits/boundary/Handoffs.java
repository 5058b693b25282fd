package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
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
    FrontDesk frontDesk;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    public Handoff request(StaffUser clerk, long visitId, long taskId, String agencyCode, HandoffMode mode,
                           LocalDateTime slotAt, String roomOrDevice, boolean interpreterBooked,
                           boolean clerkStays, boolean customerConsents) {
        Visit visit = frontDesk.visit(clerk, visitId);
        if (!clerk.has(Role.CLERK)) {
            throw new RefusedAction("frontDesk.readOnly");
        }
        if (visit.getStatus() != VisitStatus.IN_SERVICE) {
            throw new RefusedAction("frontDesk.visit.wrongState");
        }
        VisitTask task = visit.getTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElseThrow(() -> new RefusedAction("frontDesk.task.notInVisit"));
        Agency agency = em.createNamedQuery("Agency.byCode", Agency.class).setParameter("code", agencyCode)
                .getResultStream().findFirst().orElseThrow(() -> new RefusedAction("handoff.agencyRequired"));
        if (mode == null) {
            throw new RefusedAction("handoff.modeRequired");
        }
        if (slotAt != null && slotAt.isBefore(clock.now().minusMinutes(1))) {
            throw new RefusedAction("handoff.slotInPast");
        }
        if (clerkStays && (mode != HandoffMode.REMOTE_VIDEO || !customerConsents)) {
            throw new RefusedAction("handoff.consentRequired");
        }
        if (roomOrDevice != null && roomOrDevice.length() > 200) {
            throw new RefusedAction("handoff.roomTooLong");
        }
        boolean open = em.createNamedQuery("Handoff.ofVisit", Handoff.class).setParameter("visit", visitId)
                .getResultStream().anyMatch(h -> h.getVisitTask().getId() == taskId && h.getStatus().isOpen());
        if (open) {
            throw new RefusedAction("handoff.alreadyOpen");
        }
        Handoff handoff = new Handoff(task, agency, mode, slotAt, roomOrDevice, interpreterBooked, clerkStays,
                clerk.getUsername(), clock.now());
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
        Visit visit = frontDesk.visit(clerk, h.getVisitTask().getVisit().getId());
        if (!clerk.has(Role.CLERK)) {
            throw new RefusedAction("frontDesk.readOnly");
        }
        if (h.getVersion() != version) {
            throw new OptimisticLockException("hand-off " + id + " changed since version " + version);
        }
        if (!h.isCancellable()) {
            throw new RefusedAction("handoff.notCancellable");
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedAction("handoff.cancelReasonRequired");
        }
        if (reason.length() > 500) {
            throw new RefusedAction("handoff.cancelReasonTooLong");
        }
        String before = h.getStatus().name();
        h.cancel(reason, clerk.getUsername(), clock.now());
        audit.record("HANDOFF_CANCELLED", "Handoff", id, before, HandoffStatus.CANCELLED.name() + " visit " + visit.getId());
        return h;
    }

    public List<Handoff> ofVisit(StaffUser actor, long visitId) {
        frontDesk.visit(actor, visitId);
        return em.createNamedQuery("Handoff.ofVisit", Handoff.class).setParameter("visit", visitId).getResultList();
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
        expect(h, HandoffStatus.ACCEPTED);
        h.accept(specialist, clock.now());
        audit.record("HANDOFF_ACCEPTED", "Handoff", id, HandoffStatus.REQUESTED.name(), HandoffStatus.ACCEPTED.name());
        return h;
    }

    public Handoff joined(StaffUser specialist, long id, long version) {
        Handoff h = forSpecialist(specialist, id, version, true);
        expect(h, HandoffStatus.JOINED);
        h.joined(clock.now());
        audit.record("HANDOFF_JOINED", "Handoff", id, HandoffStatus.ACCEPTED.name(), HandoffStatus.JOINED.name());
        return h;
    }

    public Handoff complete(StaffUser specialist, long id, long version, String outcome) {
        Handoff h = forSpecialist(specialist, id, version, true);
        expect(h, HandoffStatus.COMPLETED);
        if (outcome == null || outcome.isBlank()) {
            throw new RefusedAction("handoff.outcomeRequired");
        }
        if (outcome.length() > 1000) {
            throw new RefusedAction("handoff.outcomeTooLong");
        }
        h.complete(outcome, clock.now());
        audit.record("HANDOFF_COMPLETED", "Handoff", id, HandoffStatus.JOINED.name(), HandoffStatus.COMPLETED.name());
        return h;
    }

    private Handoff forSpecialist(StaffUser specialist, long id, long version, boolean mustBeTheirs) {
        Handoff h = em.find(Handoff.class, id);
        if (h == null || specialist.getAgency() == null || !specialist.has(Role.CLERK)
                || !h.getAgency().equals(specialist.getAgency())) {
            throw new RefusedAction("handoff.notFound");
        }
        if (h.getStatus() == HandoffStatus.CANCELLED) {
            throw new RefusedAction("handoff.cancelledByDesk");
        }
        if (h.getVersion() != version) {
            throw new OptimisticLockException("hand-off " + id + " changed since version " + version);
        }
        if (mustBeTheirs && (h.getSpecialist() == null || !h.getSpecialist().getId().equals(specialist.getId()))) {
            throw new RefusedAction("handoff.notYours");
        }
        return h;
    }

    private static void expect(Handoff h, HandoffStatus next) {
        if (!h.getStatus().canMoveTo(next)) {
            throw new RefusedAction(next == HandoffStatus.ACCEPTED ? "handoff.alreadyTaken" : "handoff.wrongState");
        }
    }
}
