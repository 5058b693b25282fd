package fi.asiointipiste.audit.boundary;

import fi.asiointipiste.audit.control.AuditChain;
import fi.asiointipiste.audit.control.AuditQueries;
import fi.asiointipiste.audit.entity.AuditChainHead;
import fi.asiointipiste.audit.entity.AuditEvent;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    /** A refused read of another service point's record (see {@link OutOfScope}). */
    public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE_REFUSED";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    ServiceClock clock;

    @Inject
    AuditQueries queries;

    private static final int VERIFY_BATCH = 1000;

    public void record(String action, String entityType, Object entityId, String before, String after) {
        recordAs(actor(), action, entityType, entityId, before, after);
    }

    /**
     * Appends one event to the chain: the chain's head is locked for the rest of the transaction (so concurrent
     * writers, also on other nodes, chain one after another), the event gets its id, place and hash.
     */
    public void recordAs(String actor, String action, String entityType, Object entityId, String before, String after) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = new AuditEvent(
                clock.now(), actor, action, entityType, entityId == null ? null : entityId.toString(), before, after);
        em.persist(event);
        head.append(event);
    }

    /** Records a refused out-of-scope read in a transaction of its own (the refused request's has ended). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOutOfScope(OutOfScope attempt) {
        recordAs(attempt.actor(), OUT_OF_SCOPE, attempt.entityType(), attempt.entityId(), null, attempt.where());
    }

    /** The administrator's search (see {@link AuditQueries}); at most {@code max} events, newest first. */
    public List<AuditEvent> search(AuditQueries.Criteria criteria, int max) {
        return queries.search(criteria, max);
    }

    /** Every event about one entity (e.g. a customer: who read their data when), newest first. */
    public List<AuditEvent> about(String entityType, Object entityId, int max) {
        return queries.search(new AuditQueries.Criteria(entityType, entityId.toString(), null, null, null, null), max);
    }

    public List<String> actions() {
        return queries.actions();
    }

    /**
     * Walks the whole chain in batches and reports the first broken link (an event changed, removed or inserted),
     * and how many events were written before the chain began. Read-only; also the command line's check
     * ({@code AuditChainCheck}) does the same over JDBC.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChainReport verifyChain() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long from = 1;
        while (true) {
            List<AuditEvent> batch = em.createNamedQuery("AuditEvent.chainFrom", AuditEvent.class)
                    .setParameter("from", from)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            batch.forEach(e -> verifier.next(e.link()));
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
            from = batch.get(batch.size() - 1).getChainSeq() + 1;
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        verifier.end(head.getLastSeq(), head.getLastHash());
        long unchained =
                em.createNamedQuery("AuditEvent.countUnchained", Long.class).getSingleResult();
        return new ChainReport(verifier.checked(), unchained, verifier.firstBreak());
    }

    /** The chain check's answer: events checked, events from before the chain, and the first break (null: whole). */
    public record ChainReport(long checked, long unchained, AuditChain.Break firstBreak)
            implements java.io.Serializable {
        public boolean intact() {
            return firstBreak == null;
        }
    }

    public List<AuditEvent> latest(int max) {
        return em.createNamedQuery("AuditEvent.latest", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<AuditEvent> ofAction(String action, int max) {
        return em.createNamedQuery("AuditEvent.ofAction", AuditEvent.class)
                .setParameter("action", action)
                .setMaxResults(max)
                .getResultList();
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
