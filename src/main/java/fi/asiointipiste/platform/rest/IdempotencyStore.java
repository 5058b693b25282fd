package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The kept answers of {@code Idempotency-Key} requests, in the database (so they survive a restart and every node sees
 * them). Keys are kept for {@link #KEPT_HOURS} hours; older ones are deleted now and then and count as unknown.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final int KEPT_HOURS = 24;
    private static final long PURGE_EVERY = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClock clock;

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class.getName());

    private final AtomicLong claims = new AtomicLong();

    /** The kept answer to the caller's key, within the running transaction; an expired one is deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IdempotentAnswer> find(String caller, String key) {
        Optional<IdempotentAnswer> found = em.createNamedQuery("IdempotentAnswer.of", IdempotentAnswer.class)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (found.isPresent() && found.get().getCreatedAt().isBefore(oldest())) {
            em.remove(found.get());
            em.flush();
            return Optional.empty();
        }
        return found;
    }

    /**
     * Takes the key for this request in the running transaction. A concurrent request with the same key waits here
     * until this transaction ends and then fails on the unique key (and tries again: it finds this answer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IdempotentAnswer claim(String caller, String key, String fingerprint) {
        IdempotentAnswer answer = new IdempotentAnswer(caller, key, fingerprint, clock.now());
        em.persist(answer);
        em.flush();
        return answer;
    }

    /** Records the answer in the running transaction, which then commits it together with the request's change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(IdempotentAnswer claimed, CapturedResponse response) {
        IdempotentAnswer answer = em.contains(claimed) ? claimed : em.merge(claimed);
        answer.answered(
                response.status(),
                response.contentType(),
                response.header("Location"),
                response.header("ETag"),
                kept(response.text()));
    }

    /** Keeps a refusal (nothing was changed) in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keepRefusal(String caller, String key, String fingerprint, CapturedResponse response) {
        IdempotentAnswer answer = new IdempotentAnswer(caller, key, fingerprint, clock.now());
        answer.answered(
                response.status(),
                response.contentType(),
                response.header("Location"),
                response.header("ETag"),
                kept(response.text()));
        em.persist(answer);
    }

    /** Whether this node should delete expired keys now (once every {@value #PURGE_EVERY} claims). */
    boolean purgeDue() {
        return claims.incrementAndGet() % PURGE_EVERY == 0;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired() {
        return em.createNamedQuery("IdempotentAnswer.deleteBefore")
                .setParameter("before", oldest())
                .executeUpdate();
    }

    /** A body too large to keep is replaced by none (status, Location and ETag still say what happened). */
    private static String kept(String body) {
        if (body.length() > IdempotentAnswer.BODY_MAX) {
            LOG.warning(() -> "An answer of " + body.length() + " characters is kept without its body");
            return null;
        }
        return body;
    }

    private LocalDateTime oldest() {
        return clock.now().minusHours(KEPT_HOURS);
    }
}
