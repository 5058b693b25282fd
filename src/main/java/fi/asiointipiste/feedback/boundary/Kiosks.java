package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.feedback.entity.Feedback;
import fi.asiointipiste.feedback.entity.FeedbackGiven;
import fi.asiointipiste.feedback.entity.KioskToken;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.security.DeviceSecret;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Feedback kiosks: administrators issue and revoke the tokens that bind a tablet to a service point; the
 * kiosk offers the visit that was closed last at its point (within a few minutes and not yet answered) and
 * stores one anonymous answer per visit.
 */
@ApplicationScoped
@Transactional
public class Kiosks {

    /** How long after closing a visit the kiosk still offers it. */
    static final int OFFER_MINUTES = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<FeedbackGiven> given;

    public KioskToken issue(long pointId, String label) {
        if (em.find(ServicePoint.class, pointId) == null) {
            throw new RefusedAction("kiosk.admin.pointRequired");
        }
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new RefusedAction("kiosk.admin.labelRequired");
        }
        KioskToken token = new KioskToken(DeviceSecret.newToken(), pointId, label, audit.actor(), clock.now());
        em.persist(token);
        em.flush();
        audit.record("KIOSK_TOKEN_ISSUED", "KioskToken", token.getId(), null, label.strip());
        return token;
    }

    public void revoke(long id) {
        KioskToken token = em.find(KioskToken.class, id);
        if (token == null) {
            throw new RefusedAction("kiosk.admin.notFound");
        }
        token.getSecret().revoke(clock.now());
        audit.record("KIOSK_TOKEN_REVOKED", "KioskToken", id, "active", "revoked");
    }

    public List<KioskToken> all() {
        return em.createNamedQuery("KioskToken.all", KioskToken.class).getResultList();
    }

    /** The active token, or a refusal for an unknown or revoked one. */
    public KioskToken valid(String token) {
        return em.createNamedQuery("KioskToken.byToken", KioskToken.class)
                .setParameter("token", token)
                .getResultStream()
                .filter(KioskToken::isActive)
                .findFirst()
                .orElseThrow(() -> new RefusedAction("kiosk.tokenRefused"));
    }

    /** The visit the kiosk should ask about now: the last one closed at its point, not yet answered. */
    public Optional<Long> visitToAsk(String token) {
        KioskToken kiosk = valid(token);
        return em.createNamedQuery("Visit.recentlyDoneAtPoint", Visit.class)
                .setParameter("point", kiosk.getServicePointId())
                .setParameter("done", VisitStatus.DONE)
                .setParameter("since", clock.now().minusMinutes(OFFER_MINUTES))
                .setMaxResults(1)
                .getResultStream()
                .map(Visit::getId)
                .filter(id -> !answered(id))
                .findFirst();
    }

    /** Stores the customer's answer to the visit closed at the kiosk's point (see {@link Feedback#answer}), once. */
    public Feedback answer(String token, long visitId, Integer ces, Integer nps, String comment) {
        KioskToken kiosk = valid(token);
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null
                || !visit.getServicePoint().getId().equals(kiosk.getServicePointId())
                || visit.getStatus() != VisitStatus.DONE) {
            throw new RefusedAction("kiosk.noVisit");
        }
        Feedback feedback = Feedback.answer(visitId, kiosk.getServicePointId(), clock.now(), ces, nps, comment);
        if (answered(visitId)) {
            throw new RefusedAction("kiosk.alreadyAnswered");
        }
        try {
            em.persist(feedback);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another tab answered the same visit at the same moment: the unique key decided (issue 12).
            if (fi.asiointipiste.platform.persistence.Constraints.isViolation(e)) {
                throw new RefusedAction("kiosk.alreadyAnswered", "a concurrent answer of the same visit won");
            }
            throw e;
        }
        given.fire(new FeedbackGiven(feedback.getId(), visitId, kiosk.getServicePointId()));
        return feedback;
    }

    private boolean answered(long visitId) {
        return em.createNamedQuery("Feedback.countOfVisit", Long.class)
                        .setParameter("visit", visitId)
                        .getSingleResult()
                > 0;
    }
}
