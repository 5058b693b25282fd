package fi.asiointipiste.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Test-only: runs a piece of work in a fresh transaction, so a test sees what really committed. */
@ApplicationScoped
public class TestTransactions {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNew(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
