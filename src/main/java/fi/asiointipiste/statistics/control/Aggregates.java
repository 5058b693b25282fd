package fi.asiointipiste.statistics.control;

import fi.asiointipiste.feedback.entity.FeedbackGiven;
import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.visits.entity.VisitClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the V7 aggregate tables correct the moment a visit closes: the observers run synchronously in the
 * closing (or feedback-saving) transaction, so figures commit or roll back with the visit. Closes at one
 * point are serialised by a row lock on the point, which makes update-else-insert safe on H2 and PostgreSQL.
 */
@ApplicationScoped
public class Aggregates {

    private static final List<String> CLOSED = List.of("DONE", "NO_SHOW");

    @PersistenceContext
    EntityManager em;

    @Inject
    Databases databases;

    @Transactional(Transactional.TxType.MANDATORY)
    public void visitClosed(@Observes VisitClosed closed) {
        em.flush();
        lockPoint(closed.servicePointId());
        read(closed.visitId())
                .filter(v -> CLOSED.contains(v.status()))
                .ifPresent(v -> v.cells().forEach(this::add));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void feedbackGiven(@Observes FeedbackGiven given) {
        em.flush();
        lockPoint(given.servicePointId());
        // An answer stored before the visit closed is counted when it closes.
        read(given.visitId())
                .filter(v -> CLOSED.contains(v.status()))
                .ifPresent(v -> v.feedbackCells().forEach(this::add));
    }

    /**
     * Serialises the aggregate updates of one point. On PostgreSQL the lock is {@code FOR NO KEY UPDATE}: it excludes
     * the other updaters as {@code FOR UPDATE} does, but not the {@code KEY SHARE} lock that a foreign key to the
     * point takes (a feedback answer's row, inserted earlier in the same transaction, references its point). With
     * {@code FOR UPDATE}, two answers at one point at the same moment each held a key-share lock and waited for the
     * other's, and PostgreSQL failed one of them as a deadlock (a 500; found by the load run, docs/operations.md).
     */
    private void lockPoint(long pointId) {
        String lock = databases.isPostgreSQL() ? "FOR NO KEY UPDATE" : "FOR UPDATE";
        em.createNativeQuery("SELECT id FROM service_point WHERE id = ? " + lock)
                .setParameter(1, pointId)
                .getResultList();
    }

    void add(AggregateCell cell) {
        AggregateTable table = cell.table();
        Query update = em.createNativeQuery(table.updateSql());
        int p = 1;
        for (double value : cell.values()) {
            update.setParameter(p++, column(table, p - 2, value));
        }
        for (Object key : cell.key()) {
            update.setParameter(p++, jdbc(key));
        }
        if (update.executeUpdate() == 0) {
            Query insert = em.createNativeQuery(table.insertSql());
            p = 1;
            for (Object key : cell.key()) {
                insert.setParameter(p++, jdbc(key));
            }
            for (int i = 0; i < cell.values().length; i++) {
                insert.setParameter(p++, column(table, i, cell.values()[i]));
            }
            insert.executeUpdate();
        }
    }

    /** BIGINT columns get longs; only the cost-sharing keys of stat_task_day are doubles. */
    static Object column(AggregateTable table, int index, double value) {
        String column = table.columns().get(index);
        return column.equals("handle_minutes") || column.equals("visit_share")
                ? (Object) value
                : (Object) Math.round(value);
    }

    static Object jdbc(Object key) {
        return key instanceof LocalDate day ? Date.valueOf(day) : key;
    }

    private Optional<ClosedVisit> read(long visitId) {
        List<?> visits = em.createNativeQuery("SELECT v.service_point_id, v.channel, v.status, v.arrived_at,"
                        + " v.started_at, v.ended_at, v.profile_id, f.ces, f.nps FROM visit v"
                        + " LEFT JOIN feedback f ON f.visit_id = v.id WHERE v.id = ?")
                .setParameter(1, visitId)
                .getResultList();
        if (visits.isEmpty()) {
            return Optional.empty();
        }
        Object[] v = (Object[]) visits.get(0);
        List<ClosedVisit.Task> tasks = ((List<?>) em.createNativeQuery("SELECT service_task_id, recommended_level,"
                                + " applied_level, override_reason, outcome, customer_did_it_themselves, rule_set_id, rule_id"
                                + " FROM visit_task WHERE visit_id = ? ORDER BY seq_no")
                        .setParameter(1, visitId)
                        .getResultList())
                .stream().map(o -> (Object[]) o).map(Aggregates::task).toList();
        return Optional.of(new ClosedVisit(
                number(v[0]),
                (String) v[1],
                (String) v[2],
                time(v[3]),
                time(v[4]),
                time(v[5]),
                nullableLong(v[6]),
                tasks,
                nullableInt(v[7]),
                nullableInt(v[8])));
    }

    static ClosedVisit.Task task(Object[] t) {
        return new ClosedVisit.Task(
                number(t[0]),
                (String) t[1],
                (String) t[2],
                (String) t[3],
                (String) t[4],
                (Boolean) t[5],
                nullableLong(t[6]),
                (String) t[7]);
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Integer nullableInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
    }
}
