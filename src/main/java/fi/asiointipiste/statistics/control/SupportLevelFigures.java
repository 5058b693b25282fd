package fi.asiointipiste.statistics.control;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates for the supervisor's overview. Counts only, never a customer: the queries select no
 * personal column at all.
 */
@ApplicationScoped
public class SupportLevelFigures {

    @PersistenceContext
    EntityManager em;

    public Map<SupportLevel, Long> mix(List<ServicePoint> points, LocalDateTime from, LocalDateTime until) {
        Map<SupportLevel, Long> mix = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            mix.put(level, 0L);
        }
        em.createQuery("SELECT t.appliedLevel, COUNT(t) FROM VisitTask t WHERE t.visit.servicePoint IN :points"
                        + " AND t.visit.arrivedAt >= :from AND t.visit.arrivedAt < :until"
                        + " AND t.appliedLevel IS NOT NULL GROUP BY t.appliedLevel", Object[].class)
                .setParameter("points", points).setParameter("from", from).setParameter("until", until)
                .getResultList()
                .forEach(row -> mix.put((SupportLevel) row[0], (Long) row[1]));
        return mix;
    }

    /** Applied level per customer profile code, profiles in catalogue order. */
    public Map<String, Map<SupportLevel, Long>> mixByProfile(List<ServicePoint> points, LocalDateTime from,
                                                             LocalDateTime until) {
        Map<String, Map<SupportLevel, Long>> byProfile = new LinkedHashMap<>();
        em.createQuery("SELECT p.code, t.appliedLevel, COUNT(t) FROM VisitTask t JOIN t.visit v JOIN v.profile p"
                        + " WHERE v.servicePoint IN :points AND v.arrivedAt >= :from AND v.arrivedAt < :until"
                        + " AND t.appliedLevel IS NOT NULL GROUP BY p.id, p.code, t.appliedLevel ORDER BY p.id",
                        Object[].class)
                .setParameter("points", points).setParameter("from", from).setParameter("until", until)
                .getResultList()
                .forEach(row -> byProfile.computeIfAbsent((String) row[0], k -> new EnumMap<>(SupportLevel.class))
                        .put((SupportLevel) row[1], (Long) row[2]));
        return byProfile;
    }

    public long overrides(List<ServicePoint> points, LocalDateTime from, LocalDateTime until) {
        return em.createQuery("SELECT COUNT(t) FROM VisitTask t WHERE t.visit.servicePoint IN :points"
                        + " AND t.visit.arrivedAt >= :from AND t.visit.arrivedAt < :until"
                        + " AND t.appliedLevel <> t.recommendedLevel", Long.class)
                .setParameter("points", points).setParameter("from", from).setParameter("until", until)
                .getSingleResult();
    }

    public long visits(List<ServicePoint> points, LocalDateTime from, LocalDateTime until) {
        return em.createQuery("SELECT COUNT(v) FROM Visit v WHERE v.servicePoint IN :points"
                        + " AND v.arrivedAt >= :from AND v.arrivedAt < :until", Long.class)
                .setParameter("points", points).setParameter("from", from).setParameter("until", until)
                .getSingleResult();
    }

    public FeedbackSummary feedback(List<Long> pointIds, LocalDateTime from, LocalDateTime until) {
        Object[] row = em.createQuery("SELECT COUNT(f), AVG(f.ces), COUNT(f.nps),"
                        + " SUM(CASE WHEN f.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN f.nps <= 6 THEN 1 ELSE 0 END)"
                        + " FROM Feedback f WHERE f.servicePointId IN :points AND f.givenAt >= :from"
                        + " AND f.givenAt < :until", Object[].class)
                .setParameter("points", pointIds).setParameter("from", from).setParameter("until", until)
                .getSingleResult();
        return new FeedbackSummary(number(row[0]), row[1] == null ? null : ((Number) row[1]).doubleValue(),
                number(row[2]), number(row[3]), number(row[4]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
