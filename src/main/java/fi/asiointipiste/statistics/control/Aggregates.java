package fi.asiointipiste.statistics.control;

import fi.asiointipiste.feedback.entity.FeedbackGiven;
import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.visits.entity.VisitClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        read(closed.visitId()).filter(v -> CLOSED.contains(v.status())).ifPresent(v -> addAll(v.cells()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void feedbackGiven(@Observes FeedbackGiven given) {
        em.flush();
        lockPoint(given.servicePointId());
        // An answer stored before the visit closed is counted when it closes.
        read(given.visitId()).filter(v -> CLOSED.contains(v.status())).ifPresent(v -> addAll(v.feedbackCells()));
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

    /**
     * Adds the cells in JDBC batches on the transaction's own connection: per table one batch of updates, then one batch
     * of inserts for the cells that had no row yet (the point's lock keeps anyone else from inserting them meanwhile).
     * A closing adds 40-60 cells; one native query each cost more server CPU than the rest of the closing (the load
     * run's profile, docs/operations.md). Cells with the same key are summed first, so a batch never inserts a row
     * twice.
     */
    void addAll(List<AggregateCell> cells) {
        Connection connection = em.unwrap(Connection.class);
        Map<AggregateTable, Map<List<Object>, double[]>> byTable = merged(cells);
        try {
            for (Map.Entry<AggregateTable, Map<List<Object>, double[]>> table : byTable.entrySet()) {
                add(connection, table.getKey(), table.getValue());
            }
        } catch (SQLException e) {
            throw new PersistenceException("aggregate update failed", e);
        }
    }

    /** The cells per table, in their first order, with the values of equal keys summed. */
    static Map<AggregateTable, Map<List<Object>, double[]>> merged(List<AggregateCell> cells) {
        Map<AggregateTable, Map<List<Object>, double[]>> byTable = new LinkedHashMap<>();
        for (AggregateCell cell : cells) {
            Map<List<Object>, double[]> rows = byTable.computeIfAbsent(cell.table(), t -> new LinkedHashMap<>());
            double[] sum = rows.get(cell.key());
            if (sum == null) {
                rows.put(cell.key(), cell.values().clone());
            } else {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += cell.values()[i];
                }
            }
        }
        return byTable;
    }

    private static void add(Connection connection, AggregateTable table, Map<List<Object>, double[]> rows)
            throws SQLException {
        List<List<Object>> keys = new ArrayList<>(rows.keySet());
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement(table.updateSql())) {
            for (List<Object> key : keys) {
                int p = 1;
                double[] values = rows.get(key);
                for (int i = 0; i < values.length; i++) {
                    update.setObject(p++, column(table, i, values[i]));
                }
                for (Object part : key) {
                    update.setObject(p++, jdbc(part));
                }
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        List<List<Object>> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (updated[i] == Statement.SUCCESS_NO_INFO) {
                throw new SQLException("the driver did not say whether a row of " + table + " was updated");
            }
            if (updated[i] == 0) {
                missing.add(keys.get(i));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            for (List<Object> key : missing) {
                int p = 1;
                for (Object part : key) {
                    insert.setObject(p++, jdbc(part));
                }
                double[] values = rows.get(key);
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(p++, column(table, i, values[i]));
                }
                insert.addBatch();
            }
            insert.executeBatch();
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
