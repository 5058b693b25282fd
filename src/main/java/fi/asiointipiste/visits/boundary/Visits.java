package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.control.VisitQueries;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The visit log of the service points: one visit, a point's visits of a day, how many there are. */
@ApplicationScoped
@Transactional
public class Visits {

    /** The most visits of one point and day a list gives (a busy point has a few hundred). */
    public static final int DAY_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskAccess access;

    @Inject
    VisitQueries queries;

    /** Audit action: a visit's page showed the identified customer's name (entity: the customer). */
    public static final String SHOWN_ON_VISIT = "CUSTOMER_SHOWN_ON_VISIT";

    @Inject
    Customers customers;

    /**
     * Opens a visit's page: the visit as {@link #visit}, and when it shows an identified customer, that read of the
     * person's identity is audited.
     */
    public Visit open(StaffUser actor, long visitId) {
        Visit visit = visit(actor, visitId);
        if (visit.getCustomer() != null) {
            customers.shown(visit.getCustomer().getId(), SHOWN_ON_VISIT, "visit " + visitId);
        }
        return visit;
    }

    /** Reads one visit with its tasks; a visit of a point the user does not work at does not exist for them. */
    public Visit visit(StaffUser actor, long visitId) {
        Visit visit = access.readableVisit(actor, visitId);
        visit.getTasks().size();
        return visit;
    }

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

    /** The service point where the staff member last served a customer, if ever. */
    public Long lastPointOf(StaffUser clerk) {
        return em.createNamedQuery("Visit.pointsOfClerkLatestFirst", Object[].class)
                .setParameter("clerk", clerk)
                .setMaxResults(1)
                .getResultStream()
                .map(row -> (Long) row[0])
                .findFirst()
                .orElse(null);
    }

    /**
     * The visits that arrived at one of the user's points on a day, in the given statuses (all when none), oldest
     * first, with their tasks (at most {@value #DAY_MAX}).
     */
    public List<Visit> ofDay(StaffUser actor, long pointId, LocalDate day, Collection<VisitStatus> statuses) {
        ServicePoint point = access.readablePoint(actor, pointId);
        if (statuses.isEmpty()) {
            List<Visit> oldestFirst = new ArrayList<>(
                    arrivedAt(point, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), DAY_MAX));
            Collections.reverse(oldestFirst);
            return oldestFirst;
        }
        return em.createNamedQuery("Visit.atPointBetweenIn", Visit.class)
                .setParameter("point", point)
                .setParameter("from", day.atStartOfDay())
                .setParameter("until", day.plusDays(1).atStartOfDay())
                .setParameter("statuses", statuses)
                .setHint("eclipselink.batch", "v.tasks")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(DAY_MAX)
                .getResultList();
    }

    /** Customers whose retention period has passed (see {@link VisitQueries#customersInactiveSince}). */
    public List<Long> customersInactiveSince(LocalDateTime cutoff, int max) {
        return queries.customersInactiveSince(cutoff, max);
    }

    /** Every visit of a customer at every point: for the administrators' subject-access report only. */
    public List<Visit> allVisitsOf(long customerId) {
        List<Visit> all = queries.allVisitsOf(customerId);
        all.forEach(v -> v.getTasks().size());
        return all;
    }

    /** Retention: the notes of the customer's visits are erased with their identity. */
    public int eraseNotesOf(long customerId) {
        return queries.eraseNotesOf(customerId);
    }

    /** Retention: the free texts of the customer's appointments are erased with their identity; how many. */
    public int eraseAppointmentNotesOf(long customerId) {
        return queries.eraseAppointmentNotesOf(customerId);
    }

    /** Retention: free texts of unidentified appointments before the cut-off, at most {@code max}; how many. */
    public int eraseUnidentifiedAppointmentNotesBefore(LocalDateTime cutoff, int max) {
        return queries.eraseUnidentifiedAppointmentNotesBefore(cutoff, max);
    }

    /** Every appointment of a customer at every point: for the administrators' subject-access report only. */
    public List<fi.asiointipiste.visits.entity.Appointment> allAppointmentsOf(long customerId) {
        List<fi.asiointipiste.visits.entity.Appointment> all = queries.allAppointmentsOf(customerId);
        all.forEach(a -> a.getTasks().size());
        return all;
    }

    public long count() {
        return em.createNamedQuery("Visit.countAll", Long.class).getSingleResult();
    }
}
