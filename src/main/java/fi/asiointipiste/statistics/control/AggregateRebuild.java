package fi.asiointipiste.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Recomputes every aggregate from the raw rows in one pass and one transaction: after a bulk JDBC load (demo
 * data, benchmark) that fired no events. Uses {@link ClosedVisit#cells()}, the same definition the observers use.
 */
public class AggregateRebuild {

    private static final int BATCH = 1000;

    private final DataSource dataSource;

    public AggregateRebuild(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the number of closed visits counted. */
    public long run() throws SQLException {
        Map<AggregateTable, Map<List<Object>, double[]>> sums = new EnumMap<>(AggregateTable.class);
        for (AggregateTable table : AggregateTable.values()) {
            sums.put(table, new HashMap<>());
        }
        long visits = 0;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                visits = read(c, sums);
                IndependenceAggregate.rebuild(c, sums.get(AggregateTable.INDEPENDENCE_DAY));
                try (Statement s = c.createStatement()) {
                    for (AggregateTable table : AggregateTable.values()) {
                        s.executeUpdate("DELETE FROM " + table.table());
                    }
                }
                for (AggregateTable table : AggregateTable.values()) {
                    write(c, table, sums.get(table));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        return visits;
    }

    private long read(Connection c, Map<AggregateTable, Map<List<Object>, double[]>> sums) throws SQLException {
        long count = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery("SELECT v.id, v.service_point_id, v.channel, v.status, v.arrived_at,"
                    + " v.started_at, v.ended_at, v.profile_id, f.ces, f.nps, t.service_task_id, t.recommended_level,"
                    + " t.applied_level, t.override_reason, t.outcome, t.customer_did_it_themselves, t.rule_set_id,"
                    + " t.rule_id FROM visit v LEFT JOIN feedback f ON f.visit_id = v.id"
                    + " LEFT JOIN visit_task t ON t.visit_id = v.id WHERE v.status IN ('DONE', 'NO_SHOW')"
                    + " ORDER BY v.id, t.seq_no")) {
                long current = -1;
                Object[] visit = null;
                List<ClosedVisit.Task> tasks = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current) {
                        if (visit != null) {
                            accumulate(sums, visit, tasks);
                            count++;
                        }
                        current = id;
                        visit = new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5),
                                rs.getObject(6), rs.getObject(7), rs.getObject(8), rs.getObject(9), rs.getObject(10)};
                        tasks = new ArrayList<>();
                    }
                    if (rs.getObject(11) != null) {
                        tasks.add(Aggregates.task(new Object[] {rs.getObject(11), rs.getString(12), rs.getString(13),
                                rs.getString(14), rs.getString(15), rs.getObject(16), rs.getObject(17),
                                rs.getString(18)}));
                    }
                }
                if (visit != null) {
                    accumulate(sums, visit, tasks);
                    count++;
                }
            }
        }
        return count;
    }

    private static void accumulate(Map<AggregateTable, Map<List<Object>, double[]>> sums, Object[] v,
                                   List<ClosedVisit.Task> tasks) {
        ClosedVisit visit = new ClosedVisit((Long) v[0], (String) v[1], (String) v[2], Aggregates.time(v[3]),
                Aggregates.time(v[4]), Aggregates.time(v[5]), Aggregates.nullableLong(v[6]), tasks,
                Aggregates.nullableInt(v[7]), Aggregates.nullableInt(v[8]));
        for (AggregateCell cell : visit.cells()) {
            double[] total = sums.get(cell.table()).computeIfAbsent(cell.key(), k -> new double[cell.values().length]);
            for (int i = 0; i < total.length; i++) {
                total[i] += cell.values()[i];
            }
        }
    }

    private static void write(Connection c, AggregateTable table, Map<List<Object>, double[]> rows)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.insertSql())) {
            int pending = 0;
            for (Map.Entry<List<Object>, double[]> row : rows.entrySet()) {
                int p = 1;
                for (Object key : row.getKey()) {
                    ps.setObject(p++, Aggregates.jdbc(key));
                }
                for (int i = 0; i < row.getValue().length; i++) {
                    ps.setObject(p++, Aggregates.column(table, i, row.getValue()[i]));
                }
                ps.addBatch();
                if (++pending % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
