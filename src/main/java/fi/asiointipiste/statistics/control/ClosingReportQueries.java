package fi.asiointipiste.statistics.control;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.visits.entity.HandoffStatus;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The day's visits of a point and its open hand-offs, for the closing report (read from the visits as they are). */
@ApplicationScoped
public class ClosingReportQueries {

    @PersistenceContext
    EntityManager em;

    public List<ClosingFigures.Day> day(ServicePoint point, LocalDate day) {
        return em.createQuery(
                        "SELECT v FROM Visit v WHERE v.servicePoint = :point AND v.arrivedAt >= :from"
                                + " AND v.arrivedAt < :until",
                        Visit.class)
                .setParameter("point", point)
                .setParameter("from", day.atStartOfDay())
                .setParameter("until", day.plusDays(1).atStartOfDay())
                .setHint("eclipselink.batch", "v.tasks")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .map(v -> new ClosingFigures.Day(
                        v.getChannel(),
                        v.getStatus(),
                        v.getArrivedAt(),
                        v.getStartedAt(),
                        v.getEndedAt(),
                        v.getTasks().stream()
                                .map(VisitTask::getAppliedLevel)
                                .filter(l -> l != null)
                                .toList()))
                .toList();
    }

    /** Hand-offs of the point's visits that are not completed or cancelled. */
    public long openHandoffs(ServicePoint point) {
        return em.createQuery(
                        "SELECT COUNT(h) FROM Handoff h WHERE h.visitTask.visit.servicePoint = :point"
                                + " AND h.status IN :open",
                        Long.class)
                .setParameter("point", point)
                .setParameter("open", List.of(HandoffStatus.REQUESTED, HandoffStatus.ACCEPTED, HandoffStatus.JOINED))
                .getSingleResult();
    }
}
