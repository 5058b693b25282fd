package fi.asiointipiste.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;

/** Takes the lease of a nightly job (see {@link fi.asiointipiste.privacy.entity.JobLease}) for one node. */
@ApplicationScoped
public class JobLeases {

    /** This node, as the lease's holder: process id and host (e.g. {@code 4242@node-a}). */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    /**
     * Takes the job's lease for {@code length} from {@code now} if it has expired, in a transaction of its own that
     * commits at once (so a concurrent node sees it taken). True for exactly one of several concurrent callers.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, LocalDateTime now, Duration length) {
        return em.createNamedQuery("JobLease.take")
                        .setParameter(
                                "holder", NODE + " " + Thread.currentThread().getName())
                        .setParameter("now", now)
                        .setParameter("until", now.plus(length))
                        .setParameter("name", job)
                        .executeUpdate()
                == 1;
    }
}
