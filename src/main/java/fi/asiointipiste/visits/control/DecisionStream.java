package fi.asiointipiste.visits.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import fi.asiointipiste.visits.entity.VisitIdRange;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Reads the stored visits of a period at some service points, with their errands and decisions, row by row with
 * plain JDBC, so a simulation over a million visits holds only a window of visits, never the whole result.
 *
 * <p>Both tables are read in primary-key order, each in one pass over the key range the period covers (visit ids
 * and errand ids grow with time), and joined here: a database join would look every row up through an index, which
 * costs several times more on H2. H2 runs both reads lazily (no materialised result), PostgreSQL through cursors
 * (auto-commit off and a fetch size). The visits read ahead are kept until their errands have come: at most
 * {@value #OPEN_VISITS} at once; an errand whose visit was already handed on (out of order by more than that) is
 * handed on with its visit read again, on its own.
 */
public final class DecisionStream {

    /** How many visits may wait for their errands at once; bounds the memory of a stream. */
    static final int OPEN_VISITS = 4096;

    static final int FETCH_SIZE = 2000;
    /** How far out of arrival order (in ids) a visit or an errand may be stored and still be read. */
    static final int GUARD = 10_000;

    /**
     * The first and the last visit at a point in a period, in the order of the (service_point_id, arrived_at)
     * index, so that the database reads one index entry; ordering by anything else (the id too) made it sort the
     * whole period, which cost seconds for a year.
     */
    private static final String SEEK =
            "SELECT id FROM visit WHERE service_point_id = ? AND arrived_at >= ? AND arrived_at < ? ORDER BY";

    private static final String FIRST_ARRIVAL = SEEK + " service_point_id, arrived_at FETCH FIRST ROW ONLY";
    private static final String LAST_ARRIVAL = SEEK + " service_point_id DESC, arrived_at DESC FETCH FIRST ROW ONLY";

    private static final String VISITS = "SELECT id, service_point_id, arrived_at, started_at, ended_at, status,"
            + " profile_id FROM visit WHERE id BETWEEN ? AND ? ORDER BY id";
    private static final String ONE_VISIT = "SELECT id, service_point_id, arrived_at, started_at, ended_at, status,"
            + " profile_id FROM visit WHERE id = ?";
    private static final String ERRANDS = "SELECT visit_id, id, service_task_id, recommended_level, applied_level,"
            + " override_reason, rule_set_id, rule_id, decision_facts FROM visit_task"
            + " WHERE id BETWEEN ? AND ? ORDER BY id";

    private static final SupportLevel[] LEVELS = SupportLevel.values();
    private static final OverrideReason[] REASONS = OverrideReason.values();

    private DecisionStream() {}

    /**
     * The ids a stream over the visits that arrived in [from, until) at the points reads: from the first arrival's
     * id to the last one's at any of the points, each found by one index seek, widened by {@value #GUARD} ids on
     * both sides for visits stored a little out of arrival order (ids are handed out in blocks per server). The
     * stream checks each visit's point and arrival itself, so the range only bounds what is read.
     */
    public static VisitIdRange range(
            DataSource dataSource, LocalDateTime from, LocalDateTime until, Collection<Long> points)
            throws SQLException {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (Connection c = dataSource.getConnection();
                PreparedStatement firstOf = c.prepareStatement(FIRST_ARRIVAL);
                PreparedStatement lastOf = c.prepareStatement(LAST_ARRIVAL)) {
            for (Long point : points) {
                first = Math.min(first, seek(firstOf, point, from, until, Long.MAX_VALUE));
                last = Math.max(last, seek(lastOf, point, from, until, Long.MIN_VALUE));
            }
        }
        return first > last ? VisitIdRange.EMPTY : new VisitIdRange(Math.max(0, first - GUARD), last + GUARD);
    }

    private static long seek(PreparedStatement s, long point, LocalDateTime from, LocalDateTime until, long none)
            throws SQLException {
        s.setLong(1, point);
        s.setTimestamp(2, Timestamp.valueOf(from));
        s.setTimestamp(3, Timestamp.valueOf(until));
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : none;
        }
    }

    /** How many visits arrived in [from, until) at the points. */
    public static long countVisits(
            DataSource dataSource, LocalDateTime from, LocalDateTime until, Collection<Long> points)
            throws SQLException {
        if (points.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM visit v WHERE v.arrived_at >= ?"
                        + " AND v.arrived_at < ? AND v.service_point_id IN (" + placeholders(points.size()) + ")")) {
            bind(s, 1, from, until, points);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Hands every visit of {@code range} that arrived in [from, until) at the points, with its errands, to
     * {@code visit}, until it answers false (then the stream stops early and answers false). Visits without
     * errands are left out.
     */
    public static boolean forEach(
            DataSource dataSource,
            VisitIdRange range,
            LocalDateTime from,
            LocalDateTime until,
            Collection<Long> points,
            Predicate<PastVisit> visit)
            throws SQLException {
        return forEach(dataSource, range, from, until, points, visit, OPEN_VISITS);
    }

    /**
     * As {@link #forEach(DataSource, VisitIdRange, LocalDateTime, LocalDateTime, Collection, Predicate)}, for one
     * {@code part} of {@code whole} (one of {@link VisitIdRange#split}): reads the part's visits and hands on only
     * visits it owns – its ids, and beyond them on the side where the part ends the whole range – so that the parts
     * of a range, run side by side, hand on every visit exactly once, as one stream over the whole range would.
     */
    public static boolean forEachOf(
            DataSource dataSource,
            VisitIdRange whole,
            VisitIdRange part,
            LocalDateTime from,
            LocalDateTime until,
            Collection<Long> points,
            Predicate<PastVisit> visit)
            throws SQLException {
        return forEachOf(dataSource, whole, part, from, until, points, visit, OPEN_VISITS);
    }

    static boolean forEachOf(
            DataSource dataSource,
            VisitIdRange whole,
            VisitIdRange part,
            LocalDateTime from,
            LocalDateTime until,
            Collection<Long> points,
            Predicate<PastVisit> visit,
            int window)
            throws SQLException {
        Filter filter = new Filter(
                from,
                until,
                points,
                part.first() <= whole.first() ? Long.MIN_VALUE : part.first(),
                part.last() >= whole.last() ? Long.MAX_VALUE : part.last());
        return forEach(dataSource, part, filter, visit, window);
    }

    static boolean forEach(
            DataSource dataSource,
            VisitIdRange range,
            LocalDateTime from,
            LocalDateTime until,
            Collection<Long> points,
            Predicate<PastVisit> visit,
            int window)
            throws SQLException {
        return forEach(dataSource, range, new Filter(from, until, points), visit, window);
    }

    static boolean forEach(
            DataSource dataSource, VisitIdRange range, Filter filter, Predicate<PastVisit> visit, int window)
            throws SQLException {
        Collection<Long> points = filter.points();
        if (points.isEmpty() || range.isEmpty()) {
            return true;
        }
        try (Connection visits = dataSource.getConnection();
                Connection errands = dataSource.getConnection()) {
            Session v = new Session(visits);
            Session e = new Session(errands);
            try {
                Map<Long, String[]> tasks = tasks(errands);
                Map<Long, String> profiles = profiles(errands);
                long[] errandIds = errandIds(errands, range);
                if (errandIds == null) {
                    return true;
                }
                Join join = new Join(visits, filter, profiles, visit, window);
                try (PreparedStatement vs = visits.prepareStatement(
                                VISITS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                        PreparedStatement es = errands.prepareStatement(
                                ERRANDS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    vs.setFetchSize(FETCH_SIZE);
                    es.setFetchSize(FETCH_SIZE);
                    vs.setLong(1, range.first());
                    vs.setLong(2, range.last());
                    es.setLong(1, errandIds[0]);
                    es.setLong(2, errandIds[1]);
                    try (ResultSet vrs = vs.executeQuery();
                            ResultSet ers = es.executeQuery()) {
                        join.visits = vrs;
                        while (ers.next()) {
                            long visitId = ers.getLong(1);
                            Assembly a = join.visitOf(visitId);
                            if (a == null) {
                                continue; // another point or outside the period
                            }
                            String[] task = tasks.getOrDefault(ers.getLong(3), new String[] {null, null});
                            long ruleSet = ers.getLong(7);
                            Long ruleSetId = ers.wasNull() ? null : ruleSet;
                            a.errands.add(new PastErrand(
                                    ers.getLong(2),
                                    task[0],
                                    task[1],
                                    a.profile,
                                    level(ers.getString(4)),
                                    level(ers.getString(5)),
                                    reason(ers.getString(6)),
                                    ruleSetId,
                                    ers.getString(8),
                                    ers.getString(9)));
                            if (!join.handOnLate(a) || !join.handOnOld()) {
                                return false;
                            }
                        }
                    }
                }
                return join.finish();
            } finally {
                v.restore();
                e.restore();
            }
        }
    }

    /**
     * The errand ids to read for the visits in the range: from an errand of the range's first visit to one of its
     * last (one index seek each), widened by {@value #GUARD}; null when the range's visits have no errands.
     */
    private static long[] errandIds(Connection c, VisitIdRange range) throws SQLException {
        Long first = errandSeek(
                c,
                "SELECT id FROM visit_task WHERE visit_id >= ? AND visit_id <= ?"
                        + " ORDER BY visit_id, id FETCH FIRST ROW ONLY",
                range);
        Long last = errandSeek(
                c,
                "SELECT id FROM visit_task WHERE visit_id >= ? AND visit_id <= ?"
                        + " ORDER BY visit_id DESC, id DESC FETCH FIRST ROW ONLY",
                range);
        return first == null ? null : new long[] {Math.max(0, first - GUARD), last + GUARD};
    }

    private static Long errandSeek(Connection c, String sql, VisitIdRange range) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, range.first());
            s.setLong(2, range.last());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Same as the statistics' handling time: from the start of service to its end, for served visits. */
    static Long handlingMinutes(Timestamp started, Timestamp ended, String status) {
        return handlingMinutes(
                started == null ? null : started.toLocalDateTime(),
                ended == null ? null : ended.toLocalDateTime(),
                status);
    }

    static Long handlingMinutes(LocalDateTime started, LocalDateTime ended, String status) {
        if (started == null || ended == null || "NO_SHOW".equals(status)) {
            return null;
        }
        return Math.max(0, Duration.between(started, ended).toMinutes());
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
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT t.id, t.code, a.code FROM service_task t JOIN agency a ON a.id = t.agency_id")) {
            while (rs.next()) {
                tasks.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return tasks;
    }

    private static Map<Long, String> profiles(Connection c) throws SQLException {
        Map<Long, String> profiles = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, code FROM customer_profile")) {
            while (rs.next()) {
                profiles.put(rs.getLong(1), rs.getString(2));
            }
        }
        return profiles;
    }

    private static void bind(
            PreparedStatement s, int first, LocalDateTime from, LocalDateTime until, Collection<Long> points)
            throws SQLException {
        s.setTimestamp(first, Timestamp.valueOf(from));
        s.setTimestamp(first + 1, Timestamp.valueOf(until));
        int i = first + 2;
        for (Long point : points) {
            s.setLong(i++, point);
        }
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** A connection set up for streaming, and put back as it was. */
    private static final class Session {
        private final Connection c;
        private final boolean h2;
        private final boolean autoCommit;

        Session(Connection c) throws SQLException {
            this.c = c;
            this.h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
            this.autoCommit = c.getAutoCommit();
            if (h2) {
                execute("SET LAZY_QUERY_EXECUTION TRUE");
            } else if (autoCommit) {
                c.setAutoCommit(false); // PostgreSQL streams through a cursor only inside a transaction
            }
        }

        void restore() throws SQLException {
            if (h2) {
                execute("SET LAZY_QUERY_EXECUTION FALSE");
            } else if (autoCommit && !c.getAutoCommit()) {
                // (a container-managed connection may have kept auto-commit on; then there is nothing to undo)
                c.rollback();
                c.setAutoCommit(true);
            }
        }

        private void execute(String sql) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /**
     * Which visits a stream hands on: arrived in [from, until) at one of the points, with an id in [lowest,
     * highest] (the part of a split range the stream owns; unbounded for a whole range).
     */
    record Filter(LocalDateTime from, LocalDateTime until, Set<Long> points, long lowest, long highest) {
        Filter(LocalDateTime from, LocalDateTime until, Collection<Long> points) {
            this(from, until, points, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        Filter(LocalDateTime from, LocalDateTime until, Collection<Long> points, long lowest, long highest) {
            this(from, until, (Set<Long>) new HashSet<>(points), lowest, highest);
        }

        boolean accepts(long id, long point, LocalDateTime arrivedAt) {
            return id >= lowest
                    && id <= highest
                    && points.contains(point)
                    && !arrivedAt.isBefore(from)
                    && arrivedAt.isBefore(until);
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
        boolean late;

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
     * Joins the errands (in errand-id order) to the visits (in visit-id order): reads visits up to the errand's
     * visit, keeps those the filter accepts, and hands them on oldest first once more than {@link #OPEN_VISITS}
     * wait, or at the end.
     */
    static final class Join {
        private final Connection connection;
        private final Filter filter;
        private final Map<Long, String> profiles;
        private final Predicate<PastVisit> sink;
        private final LinkedHashMap<Long, Assembly> open = new LinkedHashMap<>();
        private final int window;
        ResultSet visits;
        private long read = Long.MIN_VALUE;
        /** Every accepted visit up to this id has been handed on. */
        private long handedOn = Long.MIN_VALUE;

        private boolean exhausted;
        private Assembly last;

        Join(Connection connection, Filter filter, Map<Long, String> profiles, Predicate<PastVisit> sink, int window) {
            this.window = window;
            this.connection = connection;
            this.filter = filter;
            this.profiles = profiles;
            this.sink = sink;
        }

        /** The open visit with this id, reading visits up to it; null when the filter leaves it out. */
        Assembly visitOf(long visitId) throws SQLException {
            if (last != null && last.id == visitId) {
                return last;
            }
            while (!exhausted && read < visitId) {
                if (!visits.next()) {
                    exhausted = true;
                    break;
                }
                read = visits.getLong(1);
                Assembly a = assembly(visits);
                if (a != null) {
                    open.put(a.id, a);
                }
            }
            Assembly a = open.get(visitId);
            if (a == null && visitId <= handedOn) {
                a = lateVisit(visitId); // handed on already, or left out by the filter: read it to know
            }
            last = a;
            return a;
        }

        /** A visit already handed on gets another errand: read it again, to hand the errand on with it. */
        private Assembly lateVisit(long visitId) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(ONE_VISIT)) {
                s.setLong(1, visitId);
                try (ResultSet rs = s.executeQuery()) {
                    Assembly a = rs.next() ? assembly(rs) : null;
                    if (a != null) {
                        a.late = true;
                    }
                    return a;
                }
            }
        }

        private Assembly assembly(ResultSet rs) throws SQLException {
            // read as LocalDateTime: the columns are local times, and going through java.sql.Timestamp (the
            // JVM's time zone and calendar) cost a tenth of a warm run
            LocalDateTime arrived = rs.getObject(3, LocalDateTime.class);
            if (!filter.accepts(rs.getLong(1), rs.getLong(2), arrived)) {
                return null;
            }
            long profileId = rs.getLong(7);
            String profile = rs.wasNull() ? null : profiles.get(profileId);
            return new Assembly(
                    rs.getLong(1),
                    rs.getLong(2),
                    arrived,
                    handlingMinutes(
                            rs.getObject(4, LocalDateTime.class),
                            rs.getObject(5, LocalDateTime.class),
                            rs.getString(6)),
                    profile);
        }

        /** A late errand's visit goes on at once, with just that errand. */
        boolean handOnLate(Assembly a) {
            if (!a.late) {
                return true;
            }
            last = null;
            return sink.test(a.visit());
        }

        /** Hands on the oldest visits while too many wait. */
        boolean handOnOld() {
            while (open.size() > window) {
                Iterator<Assembly> oldest = open.values().iterator();
                Assembly done = oldest.next();
                oldest.remove();
                handedOn = done.id;
                if (done == last) {
                    last = null;
                }
                if (!done.errands.isEmpty() && !sink.test(done.visit())) {
                    return false;
                }
            }
            return true;
        }

        boolean finish() {
            for (Assembly a : open.values()) {
                if (!a.errands.isEmpty() && !sink.test(a.visit())) {
                    return false;
                }
            }
            open.clear();
            return true;
        }
    }
}
