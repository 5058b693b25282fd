package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The service catalogue: agencies, their errands with service descriptions, and the customer profiles. */
@ApplicationScoped
@Transactional
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    public List<Agency> agencies() {
        return em.createNamedQuery("Agency.all", Agency.class).getResultList();
    }

    public List<ServiceTask> tasks() {
        return em.createNamedQuery("ServiceTask.active", ServiceTask.class).getResultList();
    }

    public Optional<ServiceTask> task(String code) {
        return em.createNamedQuery("ServiceTask.byCode", ServiceTask.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<CustomerProfile> profiles() {
        return em.createNamedQuery("CustomerProfile.active", CustomerProfile.class)
                .getResultList();
    }

    public Optional<CustomerProfile> profile(String code) {
        return em.createNamedQuery("CustomerProfile.byCode", CustomerProfile.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
