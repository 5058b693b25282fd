package fi.asiointipiste.visits.control;

import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** The visit search's query: only the criteria given, always within the searcher's points, newest first. */
@ApplicationScoped
public class VisitSearchQuery {

    public static final int MAX_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    /**
     * @param from       inclusive, or null for every day
     * @param until      exclusive, or null
     * @param taskCode   null for any errand
     * @param customers  null for any customer (an empty list finds nothing)
     * @param visitIds   null for any visit (an empty list finds nothing)
     */
    public List<Visit> find(
            Collection<ServicePoint> points,
            LocalDateTime from,
            LocalDateTime until,
            String taskCode,
            Collection<Customer> customers,
            Collection<Long> visitIds) {
        if (points.isEmpty() || customers != null && customers.isEmpty() || visitIds != null && visitIds.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT v FROM Visit v WHERE v.servicePoint IN :points");
        if (from != null) {
            jpql.append(" AND v.arrivedAt >= :from AND v.arrivedAt < :until");
        }
        if (taskCode != null) {
            jpql.append(" AND EXISTS (SELECT t FROM VisitTask t WHERE t.visit = v AND t.task.code = :task)");
        }
        if (customers != null) {
            jpql.append(" AND v.customer IN :customers");
        }
        if (visitIds != null) {
            jpql.append(" AND v.id IN :ids");
        }
        jpql.append(" ORDER BY v.arrivedAt DESC");
        TypedQuery<Visit> q = em.createQuery(jpql.toString(), Visit.class).setParameter("points", points);
        if (from != null) {
            q.setParameter("from", from).setParameter("until", until);
        }
        if (taskCode != null) {
            q.setParameter("task", taskCode);
        }
        if (customers != null) {
            q.setParameter("customers", customers);
        }
        if (visitIds != null) {
            q.setParameter("ids", visitIds);
        }
        return q.setHint("eclipselink.batch", "v.tasks")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(MAX_ROWS)
                .getResultList();
    }
}
