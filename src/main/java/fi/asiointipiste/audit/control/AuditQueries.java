package fi.asiointipiste.audit.control;

import fi.asiointipiste.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's search of the audit trail: any combination of a person (an entity type and id, e.g. a customer),
 * a staff user, an action and a period, newest first. Every criterion is a bound parameter; nothing typed becomes
 * query text.
 */
@ApplicationScoped
public class AuditQueries {

    @PersistenceContext
    EntityManager em;

    /** What to look for; null fields are not restricted. {@code until} is exclusive. */
    public record Criteria(
            String entityType, String entityId, String actor, String action, LocalDateTime from, LocalDateTime until) {}

    public List<AuditEvent> search(Criteria c, int max) {
        List<String> where = new ArrayList<>();
        if (c.entityType() != null) {
            where.add("e.entityType = :entityType");
        }
        if (c.entityId() != null) {
            where.add("e.entityId = :entityId");
        }
        if (c.actor() != null) {
            where.add("e.actor = :actor");
        }
        if (c.action() != null) {
            where.add("e.action = :action");
        }
        if (c.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (c.until() != null) {
            where.add("e.occurredAt < :until");
        }
        String jpql = "SELECT e FROM AuditEvent e" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY e.occurredAt DESC, e.id DESC";
        TypedQuery<AuditEvent> q = em.createQuery(jpql, AuditEvent.class);
        if (c.entityType() != null) {
            q.setParameter("entityType", c.entityType());
        }
        if (c.entityId() != null) {
            q.setParameter("entityId", c.entityId());
        }
        if (c.actor() != null) {
            q.setParameter("actor", c.actor());
        }
        if (c.action() != null) {
            q.setParameter("action", c.action());
        }
        if (c.from() != null) {
            q.setParameter("from", c.from());
        }
        if (c.until() != null) {
            q.setParameter("until", c.until());
        }
        return q.setMaxResults(max).getResultList();
    }

    /** The distinct actions recorded so far, for the search's choice list. */
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class)
                .getResultList();
    }
}
