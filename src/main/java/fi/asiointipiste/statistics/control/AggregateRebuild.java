package fi.asiointipiste.statistics.control;

import fi.asiointipiste.platform.persistence.JdbcTransaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Recomputes every aggregate from the raw rows after a bulk JDBC load (demo data, benchmark) that fired no events:
 * one pass per point with {@link ClosedVisit#cells()}, the same definition the observers use, then one pass over
 * the customers' chains for independence over time ({@link IndependenceAggregate}).
 */
public class AggregateRebuild {

    private static final int BATCH = 1000;

    private final DataSource dataSource;

    public AggregateRebuild(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Returns the number of closed visits counted. Every aggregate key holds the point, so after emptying the
     * tables the sums are built, written and committed one point at a time: memory holds one point's rows, and no transaction
     * grows to millions of rows (H2 commits those slowly). A rebuild runs only at start-up or after a bulk
     * load, before anyone reads the figures.
     */
    public long run() throws SQLException {
        return JdbcTransaction.run(dataSource, c -> {
            long visits = 0;
            try (Statement s = c.createStatement()) {
                for (AggregateTable table : AggregateTable.values()) {
                    s.executeUpdate("TRUNCATE TABLE " + table.table());
                }
            }
            c.commit();
            for (long point : points(c)) {
                visits += rebuild(c, point);
                c.commit();
            }
            rebuildIndependence(c);
            return visits;
        });
    }

    /**
     * Recomputes only independence over time (after migration V9 met filled aggregates): one pass over the
     * customers' chains, in one transaction.
     */
    public void runIndependence() throws SQLException {
        JdbcTransaction.run(dataSource, c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("TRUNCATE TABLE " + AggregateTable.INDEPENDENCE_DAY.table());
            }
            rebuildIndependence(c);
            return null;
        });
    }

    /** A customer's chain of visits may cross points, so independence over time is one pass of its own. */
    private void rebuildIndependence(Connection c) throws SQLException {
        Map<List<Object>, double[]> independence = new HashMap<>();
        IndependenceAggregate.rebuild(c, independence);
        write(c, AggregateTable.INDEPENDENCE_DAY, independence);
    }

    private long rebuild(Connection c, long point) throws SQLException {
        Map<AggregateTable, Map<List<Object>, double[]>> sums = new EnumMap<>(AggregateTable.class);
        for (AggregateTable table : AggregateTable.values()) {
            sums.put(table, new HashMap<>());
        }
        long visits = read(c, point, sums);
        for (AggregateTable table : AggregateTable.values()) {
            write(c, table, sums.get(table));
        }
        return visits;
    }

    private static List<Long> points(Connection c) throws SQLException {
        List<Long> points = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM service_point ORDER BY id")) {
            while (rs.next()) {
                points.add(rs.getLong(1));
            }
        }
        return points;
    }

    private long read(Connection c, long point, Map<AggregateTable, Map<List<Object>, double[]>> sums)
            throws SQLException {
        long count = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT v.id, v.service_point_id, v.channel, v.status,"
                + " v.arrived_at, v.started_at, v.ended_at, v.profile_id, f.ces, f.nps, t.service_task_id,"
                + " t.recommended_level, t.applied_level, t.override_reason, t.outcome, t.customer_did_it_themselves,"
                + " t.rule_set_id, t.rule_id FROM visit v LEFT JOIN feedback f ON f.visit_id = v.id LEFT JOIN visit_task t ON t.visit_id = v.id WHERE v.service_point_id = ?"
                + " AND v.status IN ('DONE', 'NO_SHOW') ORDER BY v.id, t.seq_no")) {
            s.setFetchSize(5000);
            s.setLong(1, point);
            try (ResultSet rs = s.executeQuery()) {
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
                        visit = new Object[] {
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5),
                            rs.getObject(6),
                            rs.getObject(7),
                            rs.getObject(8),
                            rs.getObject(9),
                            rs.getObject(10)
                        };
                        tasks = new ArrayList<>();
                    }
                    if (rs.getObject(11) != null) {
                        tasks.add(Aggregates.task(new Object[] {
                            rs.getObject(11),
                            rs.getString(12),
                            rs.getString(13),
                            rs.getString(14),
                            rs.getString(15),
                            rs.getObject(16),
                            rs.getObject(17),
                            rs.getString(18)
                        }));
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

    private static void accumulate(
            Map<AggregateTable, Map<List<Object>, double[]>> sums, Object[] v, List<ClosedVisit.Task> tasks) {
        ClosedVisit visit = new ClosedVisit(
                (Long) v[0],
                (String) v[1],
                (String) v[2],
                Aggregates.time(v[3]),
                Aggregates.time(v[4]),
                Aggregates.time(v[5]),
                Aggregates.nullableLong(v[6]),
                tasks,
                Aggregates.nullableInt(v[7]),
                Aggregates.nullableInt(v[8]));
        for (AggregateCell cell : visit.cells()) {
            double[] total = sums.get(cell.table()).computeIfAbsent(cell.key(), k -> new double[cell.values().length]);
            for (int i = 0; i < total.length; i++) {
                total[i] += cell.values()[i];
            }
        }
    }

    /**
     * Inserts the rows in the order of the table's primary key: each insert then lands where the previous one did
     * instead of splitting index pages all over, which at 20,000 demo visits (about 950,000 aggregate rows) cut the
     * rebuild's CPU time by a quarter and the H2 file written by 60 %.
     */
    private static void write(Connection c, AggregateTable table, Map<List<Object>, double[]> rows)
            throws SQLException {
        List<Map.Entry<List<Object>, double[]>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Map.Entry.comparingByKey(keyOrder(primaryKey(c, table), table)));
        try (PreparedStatement ps = c.prepareStatement(table.insertSql())) {
            int pending = 0;
            for (Map.Entry<List<Object>, double[]> row : sorted) {
                int p = 1;
                for (Object key : row.getKey()) {
                    ps.setObject(p++, key); // LocalDate as it is (JDBC 4.2): no conversion through java.sql.Date
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

    /** The table's primary key columns in key order, read from the database (the migrations' order). */
    private static List<String> primaryKey(Connection c, AggregateTable table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
        for (String name : List.of(table.table().toUpperCase(Locale.ROOT), table.table())) {
            TreeMap<Short, String> columns = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, null, name)) {
                while (rs.next()) {
                    columns.put(
                            rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!columns.isEmpty()) {
                return List.copyOf(columns.values());
            }
        }
        return List.of();
    }

    /**
     * Orders keys (in {@link AggregateTable#keys()} order) by the given columns. Only the speed of the writes
     * depends on it, never the figures: an unknown column is skipped.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<List<Object>> keyOrder(List<String> columns, AggregateTable table) {
        int[] positions = columns.stream()
                .mapToInt(table.keys()::indexOf)
                .filter(i -> i >= 0)
                .toArray();
        return (a, b) -> {
            for (int i : positions) {
                int d = ((Comparable) a.get(i)).compareTo(b.get(i));
                if (d != 0) {
                    return d;
                }
            }
            return 0;
        };
    }
}
