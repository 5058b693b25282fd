package fi.asiointipiste.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes the running transaction's changes to the database now, before it commits: so an answer built inside the
 * transaction (a REST resource's ETag, an id) shows the versions the commit will leave, and a conflict surfaces
 * while the request can still answer it.
 */
@ApplicationScoped
public class PendingChanges {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T written(T result) {
        em.flush();
        return result;
    }
}
