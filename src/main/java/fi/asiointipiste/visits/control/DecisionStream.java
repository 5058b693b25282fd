package fi.asiointipiste.visits.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Reads the stored visits of a period at some service points row by row with plain JDBC, so a simulation over a
 * million visits holds only the visits being assembled, never the whole result: H2 runs the query lazily (no
 * materialised result), PostgreSQL through a cursor (auto-commit off and a fetch size).
 *
 * <p>The errands of one visit are assembled into one {@link PastVisit}, so the visit's handling time can be shared
 * between its errands. The join reads the visits through their (point, arrival) index and each visit's errands
 * through theirs, so a visit's errands come together; to stay exact whatever order a database chooses, up to
 * {@value #OPEN_VISITS} visits are kept open at once, and a visit is handed on when it is the oldest open one
 * and a new one arrives, or at the end.
 */
public final class DecisionStream {

    /** How many visits may be open (errands still arriving) at once; bounds the memory of a stream. */
    static final int OPEN_VISITS = 1024;
    static final int FETCH_SIZE = 2000;

    private static final String SELECT = "SELECT v.id, v.service_point_id, v.arrived_at, v.started_at, v.ended_at,"
            + " v.status, v.profile_id, t.id, t.service_task_id, t.recommended_level, t.applied_level,"
            + " t.override_reason, t.rule_set_id, t.rule_id, t.decision_facts"
            + " FROM visit v JOIN visit_task t ON t.visit_id = v.id"
            + " WHERE v.arrived_at >= ? AND v.arrived_at < ? AND v.service_point_id IN (";

    private static final SupportLevel[] LEVELS = SupportLevel.values();
    private static final OverrideReason[] REASONS = OverrideReason.values();

    private DecisionStream() {
    }

    /** How many visits arrived in [from, until) at the points: the total a stream's progress counts towards. */
    public static long countVisits(DataSource dataSource, LocalDateTime from, LocalDateTime until,
                                   Collection<Long> points) throws SQLException {
        if (points.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM visit v WHERE v.arrived_at >= ?"
                     + " AND v.arrived_at < ? AND v.service_point_id IN (" + placeholders(points.size()) + ")")) {
            bind(s, from, until, points);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Hands every visit that arrived in [from, until) at the points, with its errands, to {@code visit}, until
     * it answers false (then the stream stops early and answers false). Visits without errands are left out.
     */
    public static boolean forEach(DataSource dataSource, LocalDateTime from, LocalDateTime until,
                                  Collection<Long> points, Predicate<PastVisit> visit) throws SQLException {
        if (points.isEmpty()) {
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
            boolean autoCommit = c.getAutoCommit();
            if (h2) {
                execute(c, "SET LAZY_QUERY_EXECUTION TRUE");
            } else if (autoCommit) {
                c.setAutoCommit(false); // PostgreSQL streams through a cursor only inside a transaction
            }
            try {
                Map<Long, String[]> tasks = tasks(c);
                Map<Long, String> profiles = profiles(c);
                return read(c, from, until, points, tasks, profiles, visit);
            } finally {
                if (h2) {
                    execute(c, "SET LAZY_QUERY_EXECUTION FALSE");
                } else if (autoCommit) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
    }

    private static boolean read(Connection c, LocalDateTime from, LocalDateTime until, Collection<Long> points,
                                Map<Long, String[]> tasks, Map<Long, String> profiles, Predicate<PastVisit> visit)
            throws SQLException {
        OpenVisits open = new OpenVisits(visit);
        try (PreparedStatement s = c.prepareStatement(SELECT + placeholders(points.size()) + ")",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(FETCH_SIZE);
            bind(s, from, until, points);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long visitId = rs.getLong(1);
                    Assembly a = open.get(visitId);
                    if (a == null) {
                        long profileId = rs.getLong(7);
                        String profile = rs.wasNull() ? null : profiles.get(profileId);
                        a = new Assembly(visitId, rs.getLong(2), rs.getTimestamp(3).toLocalDateTime(),
                                handlingMinutes(rs.getTimestamp(4), rs.getTimestamp(5), rs.getString(6)), profile);
                        if (!open.add(a)) {
                            return false;
                        }
                    }
                    String[] task = tasks.getOrDefault(rs.getLong(9), new String[] {null, null});
                    long ruleSet = rs.getLong(13);
                    Long ruleSetId = rs.wasNull() ? null : ruleSet;
                    a.errands.add(new PastErrand(rs.getLong(8), task[0], task[1], a.profile, level(rs.getString(10)),
                            level(rs.getString(11)), reason(rs.getString(12)), ruleSetId, rs.getString(14),
                            rs.getString(15)));
                }
            }
        }
        return open.finish();
    }

    /** Same as the statistics' handling time: from the start of service to its end, for served visits. */
    static Long handlingMinutes(Timestamp started, Timestamp ended, String status) {
        if (started == null || ended == null || "NO_SHOW".equals(status)) {
            return null;
        }
        return Math.max(0, Duration.between(started.toLocalDateTime(), ended.toLocalDateTime()).toMinutes());
    }

    private static SupportLevel level(String name) {
        if (name == null) {
            return null;
        }
        for (SupportLevel l : LEVELS) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    private static OverrideReason reason(String name) {
        if (name == null) {
            return null;
        }
        for (OverrideReason r : REASONS) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** Errand id → {code, agency code}: the catalogue is small, so it is read once per stream. */
    private static Map<Long, String[]> tasks(Connection c) throws SQLException {
        Map<Long, String[]> tasks = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT t.id, t.code, a.code FROM service_task t JOIN agency a ON a.id = t.agency_id")) {
            while (rs.next()) {
                tasks.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return tasks;
    }

    private static Map<Long, String> profiles(Connection c) throws SQLException {
        Map<Long, String> profiles = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, code FROM customer_profile")) {
            while (rs.next()) {
                profiles.put(rs.getLong(1), rs.getString(2));
            }
        }
        return profiles;
    }

    private static void bind(PreparedStatement s, LocalDateTime from, LocalDateTime until, Collection<Long> points)
            throws SQLException {
        s.setTimestamp(1, Timestamp.valueOf(from));
        s.setTimestamp(2, Timestamp.valueOf(until));
        int i = 3;
        for (Long point : points) {
            s.setLong(i++, point);
        }
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A visit whose errands are still being read. */
    static final class Assembly {
        final long id;
        final long point;
        final LocalDateTime arrivedAt;
        final Long handling;
        final String profile;
        final List<PastErrand> errands = new ArrayList<>(4);

        Assembly(long id, long point, LocalDateTime arrivedAt, Long handling, String profile) {
            this.id = id;
            this.point = point;
            this.arrivedAt = arrivedAt;
            this.handling = handling;
            this.profile = profile;
        }

        PastVisit visit() {
            return new PastVisit(id, point, arrivedAt, handling, errands);
        }
    }

    /**
     * The visits being assembled, oldest first. Adding one beyond {@link #OPEN_VISITS} hands the oldest on. The
     * last visit read is checked first: in practice a visit's errands come one after another.
     */
    static final class OpenVisits {
        private final LinkedHashMap<Long, Assembly> open = new LinkedHashMap<>();
        private final Predicate<PastVisit> sink;
        private Assembly last;

        OpenVisits(Predicate<PastVisit> sink) {
            this.sink = sink;
        }

        Assembly get(long visitId) {
            if (last != null && last.id == visitId) {
                return last;
            }
            Assembly a = open.get(visitId);
            if (a != null) {
                last = a;
            }
            return a;
        }

        /** Opens a visit; false when the sink asked to stop. */
        boolean add(Assembly a) {
            open.put(a.id, a);
            last = a;
            if (open.size() > OPEN_VISITS) {
                Iterator<Assembly> oldest = open.values().iterator();
                Assembly done = oldest.next();
                oldest.remove();
                return sink.test(done.visit());
            }
            return true;
        }

        boolean finish() {
            for (Assembly a : open.values()) {
                if (!sink.test(a.visit())) {
                    return false;
                }
            }
            open.clear();
            return true;
        }
    }
}
