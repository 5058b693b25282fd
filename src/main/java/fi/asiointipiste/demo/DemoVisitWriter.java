package fi.asiointipiste.demo;

import fi.asiointipiste.platform.persistence.JdbcTransaction;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes generated visits with JDBC batches, one transaction per 20,000 visits: a million visits take under two
 * minutes, not the hours row-by-row JPA would. Ids continue after the highest existing id, and the sequences are
 * moved past them afterwards so that the application's own inserts never collide.
 */
public class DemoVisitWriter {

    private static final int BATCH = 500;
    private static final int COMMIT_EVERY = 20_000;
    private static final String[] TABLES = {"customer", "visit", "visit_task", "feedback"};

    private final DataSource dataSource;

    public DemoVisitWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long visitCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM visit")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public ReferenceData referenceData() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            Map<String, Long> agencies = codes(s, "SELECT code, id FROM agency");
            Map<String, Long> profiles = codes(s, "SELECT code, id FROM customer_profile WHERE active = TRUE");
            List<ReferenceData.Task> tasks = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT t.id, t.code, a.code FROM service_task t"
                    + " JOIN agency a ON a.id = t.agency_id WHERE t.active = TRUE ORDER BY t.id")) {
                while (rs.next()) {
                    tasks.add(new ReferenceData.Task(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            Map<Long, List<Long>> clerks = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT p.id, sp.staff_user_id FROM service_point p"
                    + " JOIN staff_user_service_point sp ON sp.service_point_id = p.id"
                    + " JOIN staff_user_role r ON r.staff_user_id = sp.staff_user_id AND r.role_name = 'CLERK'"
                    + " JOIN staff_user u ON u.id = sp.staff_user_id AND u.agency_id IS NULL"
                    + " ORDER BY p.id, sp.staff_user_id")) {
                while (rs.next()) {
                    clerks.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getLong(2));
                }
            }
            List<ReferenceData.Point> points = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, code FROM service_point WHERE active = TRUE ORDER BY id")) {
                while (rs.next()) {
                    List<Long> ids = clerks.get(rs.getLong(1));
                    if (ids != null) {
                        points.add(new ReferenceData.Point(
                                rs.getLong(1), rs.getString(2), ids, weightOf(rs.getString(2))));
                    }
                }
            }
            long ruleSetId = 0;
            String dmn = null;
            try (ResultSet rs = s.executeQuery("SELECT id, dmn_xml FROM rule_set WHERE status = 'PUBLISHED'"
                    + " AND all_points = TRUE ORDER BY effective_from DESC, version_no DESC")) {
                if (rs.next()) {
                    ruleSetId = rs.getLong(1);
                    dmn = rs.getString(2);
                }
            }
            if (dmn == null) {
                throw new IllegalStateException("demo data needs a published rule set for all points");
            }
            return new ReferenceData(
                    points,
                    tasks,
                    profiles,
                    agencies,
                    ruleSetId,
                    TableCompiler.compile(DmnReader.readString(dmn)),
                    pilotRules(c));
        }
    }

    /** The published and retired sets of some points only (a pilot's), each with its points and time in force. */
    private static List<ReferenceData.PilotRules> pilotRules(Connection c) throws SQLException {
        List<ReferenceData.PilotRules> pilots = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, dmn_xml, effective_from,"
                        + " retired_at FROM rule_set WHERE status <> 'DRAFT' AND all_points = FALSE ORDER BY id");
                PreparedStatement points = c.prepareStatement(
                        "SELECT service_point_id FROM rule_set_service_point WHERE rule_set_id = ?")) {
            while (rs.next()) {
                Set<Long> ids = new HashSet<>();
                points.setLong(1, rs.getLong(1));
                try (ResultSet p = points.executeQuery()) {
                    while (p.next()) {
                        ids.add(p.getLong(1));
                    }
                }
                Timestamp retired = rs.getTimestamp(4);
                pilots.add(new ReferenceData.PilotRules(
                        rs.getLong(1),
                        ids,
                        rs.getTimestamp(3).toLocalDateTime(),
                        retired == null ? null : retired.toLocalDateTime(),
                        TableCompiler.compile(DmnReader.readString(rs.getString(2)))));
            }
        }
        return pilots;
    }

    /** Busier points get more visits: roughly by population of the demo municipalities. */
    private static double weightOf(String code) {
        return switch (code) {
            case "PIELAVESI" -> 4.3;
            case "KEITELE" -> 2.1;
            case "VESANTO" -> 1.9;
            case "TERVO" -> 1.5;
            default -> 2.0;
        };
    }

    /**
     * Generates and writes {@code count} visits in batches of {@value #COMMIT_EVERY}, each batch (its new
     * customers, visits, errands and answers) in its own transaction, so memory stays flat at any size. Each errand
     * keeps the rule set that decided it.
     */
    public int write(DemoVisitGenerator generator, int count) throws SQLException {
        int[] written = {0};
        JdbcTransaction.run(dataSource, c -> {
            Map<String, Long> next = new HashMap<>();
            for (String table : TABLES) {
                next.put(table, maxId(c, table) + 1);
            }
            generator.stream(count, COMMIT_EVERY, visits -> {
                try {
                    writeCustomers(c, visits, next);
                    writeVisits(c, visits, next);
                    c.commit();
                    written[0] += visits.size();
                } catch (SQLException e) {
                    throw new IllegalStateException("could not write demo visits", e);
                }
            });
            for (String table : TABLES) {
                moveSequencePast(c, table, next.get(table));
            }
            return null;
        });
        return written[0];
    }

    private void writeCustomers(Connection c, List<DemoVisit> visits, Map<String, Long> next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (id, full_name, personal_identity_code,"
                + " preferred_language, created_at, version) VALUES (?, ?, ?, ?, ?, 0)")) {
            int pending = 0;
            for (DemoVisit visit : visits) {
                DemoCustomers.DemoCustomer customer = visit.customer();
                if (customer == null || customer.id() != 0) {
                    continue;
                }
                long id = next.merge("customer", 1L, Long::sum) - 1;
                customer.assign(id);
                ps.setLong(1, id);
                ps.setString(2, customer.fullName());
                ps.setString(3, customer.identityCode());
                ps.setString(4, customer.language());
                ps.setTimestamp(5, Timestamp.valueOf(visit.arrivedAt()));
                ps.addBatch();
                pending = flushIfFull(ps, pending + 1);
            }
            ps.executeBatch();
        }
    }

    private void writeVisits(Connection c, List<DemoVisit> visits, Map<String, Long> next) throws SQLException {
        try (PreparedStatement pv = c.prepareStatement("INSERT INTO visit (id, service_point_id, channel, status,"
                        + " arrived_at, started_at, ended_at, clerk_id, customer_id, profile_id, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement pt =
                        c.prepareStatement("INSERT INTO visit_task (id, visit_id, service_task_id, seq_no,"
                                + " recommended_level, applied_level, override_reason, involved_agency_id, outcome, follow_up_on,"
                                + " customer_did_it_themselves, rule_set_id, rule_id, assistance_mode, flow, decision_facts, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement pf = c.prepareStatement("INSERT INTO feedback (id, visit_id, service_point_id,"
                        + " given_at, ces, nps, comment_text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (DemoVisit visit : visits) {
                long visitId = next.merge("visit", 1L, Long::sum) - 1;
                pv.setLong(1, visitId);
                pv.setLong(2, visit.pointId());
                pv.setString(3, visit.channel());
                pv.setString(4, visit.status());
                pv.setTimestamp(5, Timestamp.valueOf(visit.arrivedAt()));
                pv.setTimestamp(6, timestamp(visit.startedAt()));
                pv.setTimestamp(7, timestamp(visit.endedAt()));
                setLong(pv, 8, visit.clerkId());
                setLong(
                        pv,
                        9,
                        visit.customer() == null ? null : visit.customer().id());
                pv.setLong(10, visit.profileId());
                pv.addBatch();
                int seq = 1;
                for (DemoVisit.Task task : visit.tasks()) {
                    pt.setLong(1, next.merge("visit_task", 1L, Long::sum) - 1);
                    pt.setLong(2, visitId);
                    pt.setLong(3, task.taskId());
                    pt.setInt(4, seq++);
                    pt.setString(5, task.recommendedLevel());
                    pt.setString(6, task.appliedLevel());
                    pt.setString(7, task.overrideReason());
                    setLong(pt, 8, task.agencyId());
                    pt.setString(9, task.outcome());
                    pt.setDate(10, task.followUpOn() == null ? null : Date.valueOf(task.followUpOn()));
                    if (task.didItThemselves() == null) {
                        pt.setNull(11, Types.BOOLEAN);
                    } else {
                        pt.setBoolean(11, task.didItThemselves());
                    }
                    setLong(pt, 12, task.ruleId() == null ? null : task.ruleSetId());
                    pt.setString(13, task.ruleId());
                    pt.setString(14, task.mode());
                    pt.setString(15, task.flow());
                    pt.setString(16, task.facts());
                    pt.addBatch();
                }
                if (visit.feedback() != null) {
                    DemoVisit.Answer answer = visit.feedback();
                    pf.setLong(1, next.merge("feedback", 1L, Long::sum) - 1);
                    pf.setLong(2, visitId);
                    pf.setLong(3, visit.pointId());
                    pf.setTimestamp(4, Timestamp.valueOf(answer.givenAt()));
                    pf.setInt(5, answer.ces());
                    pf.setInt(6, answer.nps());
                    pf.setString(7, answer.comment());
                    pf.addBatch();
                }
                if (++pending % BATCH == 0) {
                    pv.executeBatch();
                    pt.executeBatch();
                    pf.executeBatch();
                }
            }
            pv.executeBatch();
            pt.executeBatch();
            pf.executeBatch();
        }
    }

    private static int flushIfFull(PreparedStatement ps, int pending) throws SQLException {
        if (pending >= BATCH) {
            ps.executeBatch();
            return 0;
        }
        return pending;
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Sequences hand out blocks of 50 ending at the returned value; restart well past the written ids. */
    private static void moveSequencePast(Connection c, String table, long nextFree) throws SQLException {
        long restart = ((nextFree + 49) / 50) * 50 + 50;
        try (Statement s = c.createStatement()) {
            s.execute("ALTER SEQUENCE " + table + "_seq RESTART WITH " + restart);
        }
    }

    private static Timestamp timestamp(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Map<String, Long> codes(Statement s, String sql) throws SQLException {
        Map<String, Long> map = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getLong(2));
            }
        }
        return map;
    }
}
