package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/** The visit log of the service points. */
@ApplicationScoped
@Transactional
public class Visits {

    @PersistenceContext
    EntityManager em;

    /** Visits that arrived at a point in [from, until), newest first, with their tasks loaded in one batch. */
    public List<Visit> arrivedAt(ServicePoint point, LocalDateTime from, LocalDateTime until, int max) {
        return em.createNamedQuery("Visit.atPointBetween", Visit.class)
                .setParameter("point", point)
                .setParameter("from", from)
                .setParameter("until", until)
                .setHint("eclipselink.batch", "v.tasks")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery("Visit.countAll", Long.class).getSingleResult();
    }
}
