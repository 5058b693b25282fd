package fi.asiointipiste.visits.control;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.visits.boundary.PlannedErrands;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    @Inject
    @Any
    Instance<PlannedErrands> otherPlans;

    /**
     * Earlier visits of the visit's customer at the given points (the reader's: another point's visits are not theirs
     * to see), newest first.
     */
    public List<Visit> earlierVisits(Visit visit, Collection<ServicePoint> points) {
        if (visit.getCustomer() == null || points.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Visit.ofCustomerAtPoints", Visit.class)
                .setParameter("customer", visit.getCustomer())
                .setParameter("points", points)
                .setMaxResults(EARLIER_SHOWN + 1)
                .getResultStream()
                .filter(v -> !v.getId().equals(visit.getId()))
                .toList();
    }

    /** The profile the customer was last served with at the given points, to start from at their next visit. */
    public Optional<CustomerProfile> lastProfileOf(Visit visit, Collection<ServicePoint> points) {
        return earlierVisits(visit, points).stream()
                .map(Visit::getProfile)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * Ids of customers whose name matches the LIKE pattern and who have a visit or an appointment at one of the
     * points, by name; at most {@code max}. The front desk's name search: a clerk finds the customers of their points.
     */
    public Set<Long> customersKnownAt(Collection<ServicePoint> points, String namePattern, int max) {
        if (points.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery(
                        "SELECT c.id FROM Customer c WHERE c.anonymisedAt IS NULL"
                                + " AND LOWER(c.fullName) LIKE :name AND (EXISTS (SELECT v.id FROM Visit v WHERE v.customer = c"
                                + " AND v.servicePoint IN :points) OR EXISTS (SELECT a.id FROM Appointment a"
                                + " WHERE a.customer = c AND a.servicePoint IN :points)) ORDER BY c.fullName",
                        Long.class)
                .setParameter("name", namePattern)
                .setParameter("points", points)
                .setMaxResults(max)
                .getResultList());
    }

    /**
     * Customers (not yet anonymised) created before the cut-off with no visit arriving and no appointment starting at
     * or after it: whose retention period has passed. At most {@code max}, by id.
     */
    public List<Long> customersInactiveSince(LocalDateTime cutoff, int max) {
        return em.createQuery(
                        "SELECT c.id FROM Customer c WHERE c.anonymisedAt IS NULL AND c.createdAt < :cutoff"
                                + " AND NOT EXISTS (SELECT v.id FROM Visit v WHERE v.customer = c AND v.arrivedAt >= :cutoff)"
                                + " AND NOT EXISTS (SELECT a.id FROM Appointment a WHERE a.customer = c"
                                + " AND a.startsAt >= :cutoff) ORDER BY c.id",
                        Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
    }

    /** Every visit of the customer, at every point, newest first (the subject-access report; admin only). */
    public List<Visit> allVisitsOf(long customerId) {
        return em.createQuery("SELECT v FROM Visit v WHERE v.customer.id = :id ORDER BY v.arrivedAt DESC", Visit.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    /** Erases the free-text notes of the customer's visits (they may name the person); returns how many. */
    public int eraseNotesOf(long customerId) {
        List<Visit> noted = em.createQuery(
                        "SELECT v FROM Visit v WHERE v.customer.id = :id AND v.notes IS NOT NULL", Visit.class)
                .setParameter("id", customerId)
                .getResultList();
        noted.forEach(v -> v.note(null));
        return noted.size();
    }

    /** Retention: erases the free texts of the customer's appointments (note, cancel reason); returns how many. */
    public int eraseAppointmentNotesOf(long customerId) {
        return (int) em.createQuery(
                        "SELECT a FROM Appointment a WHERE a.customer.id = :id"
                                + " AND (a.note IS NOT NULL OR a.cancelReason IS NOT NULL)",
                        Appointment.class)
                .setParameter("id", customerId)
                .getResultStream()
                .filter(Appointment::eraseNotes)
                .count();
    }

    /**
     * Retention of bookings without an identified customer (their note is all that may describe the person): the free
     * texts of at most {@code max} such appointments that started before the cut-off are erased; returns how many.
     */
    public int eraseUnidentifiedAppointmentNotesBefore(LocalDateTime cutoff, int max) {
        return (int) em.createQuery(
                        "SELECT a FROM Appointment a WHERE a.customer IS NULL AND a.startsAt < :cutoff"
                                + " AND (a.note IS NOT NULL OR a.cancelReason IS NOT NULL) ORDER BY a.id",
                        Appointment.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultStream()
                .filter(Appointment::eraseNotes)
                .count();
    }

    /** Every appointment of the customer, at every point, newest first (the subject-access report; admin only). */
    public List<Appointment> allAppointmentsOf(long customerId) {
        return em.createQuery(
                        "SELECT a FROM Appointment a WHERE a.customer.id = :id ORDER BY a.startsAt DESC",
                        Appointment.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    /** How many visits the customer made since the given time, this one included. */
    public long visitsSince(Customer customer, LocalDateTime since) {
        return em.createNamedQuery("Visit.countOfCustomerSince", Long.class)
                .setParameter("customer", customer)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The appointment a visit was started from, if any. */
    public Optional<Appointment> appointmentOf(long visitId) {
        return em.createNamedQuery("Appointment.ofVisit", Appointment.class)
                .setParameter("visit", visitId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The errands planned for the visit: its appointment's, then those the other features plan through the
     * {@link PlannedErrands} port (the check-in terminal's), each once; none for a visit without any.
     */
    public List<ServiceTask> plannedFor(Visit visit) {
        if (visit.getId() == null) {
            return List.of();
        }
        List<ServiceTask> planned = new ArrayList<>(
                appointmentOf(visit.getId()).map(Appointment::getTasks).orElse(List.of()));
        for (PlannedErrands source : otherPlans) {
            source.plannedFor(visit.getId()).stream()
                    .filter(t -> !planned.contains(t))
                    .forEach(planned::add);
        }
        return planned;
    }

    public Optional<Agency> agency(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Agency.byCode", Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The point's task codes by how often they were handled there since the given time, most frequent first. */
    public List<String> frequentTaskCodes(ServicePoint point, LocalDateTime since) {
        return em.createNamedQuery("VisitTask.frequentCodesAtPoint", String.class)
                .setParameter("point", point)
                .setParameter("since", since)
                .getResultList();
    }
}
