package fi.asiointipiste.audit.boundary;

import fi.asiointipiste.audit.entity.AuditEvent;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.List;

/**
 * Records audit events in the caller's transaction, so an audited change and its event commit together.
 * A read of personal data with no transaction around it gets one of its own.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    ServiceClock clock;

    public void record(String action, String entityType, Object entityId, String before, String after) {
        recordAs(actor(), action, entityType, entityId, before, after);
    }

    public void recordAs(String actor, String action, String entityType, Object entityId, String before,
                         String after) {
        em.persist(new AuditEvent(clock.now(), actor, action, entityType,
                entityId == null ? null : entityId.toString(), before, after));
    }

    public List<AuditEvent> latest(int max) {
        return em.createNamedQuery("AuditEvent.latest", AuditEvent.class).setMaxResults(max).getResultList();
    }

    public List<AuditEvent> ofAction(String action, int max) {
        return em.createNamedQuery("AuditEvent.ofAction", AuditEvent.class)
                .setParameter("action", action).setMaxResults(max).getResultList();
    }

    /** The signed-in user's name, or {@value #SYSTEM} outside a user's request: the "who" of every record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (RuntimeException outsideRequest) {
            return SYSTEM;
        }
    }
}
