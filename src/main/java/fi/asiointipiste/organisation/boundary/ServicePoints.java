package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The service points of the region. */
@ApplicationScoped
@Transactional
public class ServicePoints {

    @PersistenceContext
    EntityManager em;

    public List<ServicePoint> all() {
        return em.createNamedQuery("ServicePoint.all", ServicePoint.class).getResultList();
    }

    public ServicePoint create(String code, String name, String municipality) {
        ServicePoint point = new ServicePoint(code, name, municipality);
        em.persist(point);
        return point;
    }
}
