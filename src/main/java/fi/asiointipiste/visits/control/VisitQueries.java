package fi.asiointipiste.visits.control;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The front desk's reads that more than one facade needs, over the entities' named queries: a customer's earlier
 * visits, the appointment a visit came from, an agency by code, the point's frequent tasks.
 */
@ApplicationScoped
public class VisitQueries {

    /** How many earlier visits the desk shows (one more is read, as the list includes the visit itself). */
    static final int EARLIER_SHOWN = 10;

    @PersistenceContext
    EntityManager em;

    /** Earlier visits of the visit's customer (audited through the identification), newest first. */
    public List<Visit> earlierVisits(Visit visit) {
        if (visit.getCustomer() == null) {
            return List.of();
        }
        return em.createNamedQuery("Visit.ofCustomer", Visit.class).setParameter("customer", visit.getCustomer())
                .setMaxResults(EARLIER_SHOWN + 1).getResultStream()
                .filter(v -> !v.getId().equals(visit.getId())).toList();
    }

    /** The profile the customer was last served with, to start from at their next visit. */
    public Optional<CustomerProfile> lastProfileOf(Visit visit) {
        return earlierVisits(visit).stream().map(Visit::getProfile).filter(Objects::nonNull).findFirst();
    }

    /** How many visits the customer made since the given time, this one included. */
    public long visitsSince(Customer customer, LocalDateTime since) {
        return em.createNamedQuery("Visit.countOfCustomerSince", Long.class).setParameter("customer", customer)
                .setParameter("since", since).getSingleResult();
    }

    /** The appointment a visit was started from, if any. */
    public Optional<Appointment> appointmentOf(long visitId) {
        return em.createNamedQuery("Appointment.ofVisit", Appointment.class).setParameter("visit", visitId)
                .getResultStream().findFirst();
    }

    /** The errands planned in the visit's appointment; none for a visit without one. */
    public List<ServiceTask> plannedFor(Visit visit) {
        return visit.getId() == null ? List.of()
                : appointmentOf(visit.getId()).map(Appointment::getTasks).orElse(List.of());
    }

    public Optional<Agency> agency(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Agency.byCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The point's task codes by how often they were handled there since the given time, most frequent first. */
    public List<String> frequentTaskCodes(ServicePoint point, LocalDateTime since) {
        return em.createNamedQuery("VisitTask.frequentCodesAtPoint", String.class)
                .setParameter("point", point).setParameter("since", since).getResultList();
    }
}
