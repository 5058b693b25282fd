package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import fi.asiointipiste.visits.entity.VisitIdRange;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The visits a stream hands on, on an in-memory H2 with the columns the stream reads: each visit of the period and
 * points with all its errands, whatever order the errands were stored in, in bounded memory.
 */
class DecisionStreamTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 9, 1, 9, 0);
    private JdbcDataSource ds;

    @BeforeEach
    void database() throws Exception {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:stream" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE agency (id BIGINT PRIMARY KEY, code VARCHAR(40))");
            s.execute("CREATE TABLE service_task (id BIGINT PRIMARY KEY, code VARCHAR(60), agency_id BIGINT)");
            s.execute("CREATE TABLE customer_profile (id BIGINT PRIMARY KEY, code VARCHAR(40))");
            s.execute("CREATE TABLE visit (id BIGINT PRIMARY KEY, service_point_id BIGINT, arrived_at TIMESTAMP,"
                    + " started_at TIMESTAMP, ended_at TIMESTAMP, status VARCHAR(20), profile_id BIGINT)");
            s.execute("CREATE INDEX visit_point_arrived_ix ON visit (service_point_id, arrived_at)");
            s.execute("CREATE TABLE visit_task (id BIGINT PRIMARY KEY, visit_id BIGINT, service_task_id BIGINT,"
                    + " recommended_level VARCHAR(20), applied_level VARCHAR(20), override_reason VARCHAR(30),"
                    + " rule_set_id BIGINT, rule_id VARCHAR(100), decision_facts VARCHAR(2000))");
            s.execute("CREATE INDEX visit_task_visit_ix ON visit_task (visit_id)");
            s.execute("INSERT INTO agency VALUES (1, 'KELA'), (2, 'TAX')");
            s.execute("INSERT INTO service_task VALUES (10, 'KELA_HOUSING_ALLOWANCE', 1), (11, 'TAX_CARD', 2)");
            s.execute("INSERT INTO customer_profile VALUES (5, 'SELF_DIRECTED')");
        }
    }

    private void visit(long id, long point, LocalDateTime arrived, Integer minutes) throws Exception {
        try (Connection c = ds.getConnection();
                var p = c.prepareStatement("INSERT INTO visit VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setLong(2, point);
            p.setTimestamp(3, Timestamp.valueOf(arrived));
            p.setTimestamp(4, minutes == null ? null : Timestamp.valueOf(arrived.plusMinutes(5)));
            p.setTimestamp(5, minutes == null ? null : Timestamp.valueOf(arrived.plusMinutes(5 + minutes)));
            p.setString(6, minutes == null ? "WAITING" : "DONE");
            p.setObject(7, 5L);
            p.executeUpdate();
        }
    }

    private void errand(long id, long visit, long task, String recommended, String applied) throws Exception {
        try (Connection c = ds.getConnection();
                var p = c.prepareStatement(
                        "INSERT INTO visit_task VALUES (?, ?, ?, ?, ?, ?, 1, 'rule-x', 'profile=\"SELF_DIRECTED\"')")) {
            p.setLong(1, id);
            p.setLong(2, visit);
            p.setLong(3, task);
            p.setString(4, recommended);
            p.setString(5, applied);
            p.setString(6, recommended.equals(applied) ? null : "CUSTOMER_WISH");
            p.executeUpdate();
        }
    }

    private List<PastVisit> stream(LocalDateTime from, LocalDateTime until, List<Long> points, int window)
            throws Exception {
        List<PastVisit> visits = new ArrayList<>();
        VisitIdRange range = DecisionStream.range(ds, from, until, points);
        assertThat(DecisionStream.forEach(ds, range, from, until, points, visits::add, window))
                .isTrue();
        return visits;
    }

    @Test
    void theRangeRunsFromTheFirstToTheLastArrivalOfThePeriodAtAnyOfThePointsWithTheGuard() throws Exception {
        // Ids out of arrival order at both ends, other points and visits outside the period around them.
        visit(GUARD_FREE + 7, 100, T.plusMinutes(5), 10);
        visit(GUARD_FREE + 3, 100, T.plusMinutes(1), 10); // the first arrival has not the smallest id
        visit(GUARD_FREE + 1, 100, T.minusDays(2), 10); // before the period
        visit(GUARD_FREE + 2, 200, T.plusMinutes(2), 10); // first at point 200
        visit(GUARD_FREE + 40, 100, T.plusDays(29), 10); // the last arrival at 100
        visit(GUARD_FREE + 41, 100, T.plusDays(28), 10); // later id, earlier arrival
        visit(GUARD_FREE + 50, 200, T.plusDays(29).plusHours(1), 10); // the last arrival at 200
        visit(GUARD_FREE + 60, 100, T.plusDays(31), 10); // after the period
        LocalDateTime from = T.minusDays(1);
        LocalDateTime until = T.plusDays(30);
        long guard = DecisionStream.GUARD;
        assertThat(DecisionStream.range(ds, from, until, List.of(100L)))
                .isEqualTo(new VisitIdRange(GUARD_FREE + 3 - guard, GUARD_FREE + 40 + guard));
        assertThat(DecisionStream.range(ds, from, until, List.of(100L, 200L)))
                .isEqualTo(new VisitIdRange(GUARD_FREE + 2 - guard, GUARD_FREE + 50 + guard));
        assertThat(DecisionStream.range(ds, from, until, List.of(300L))).isEqualTo(VisitIdRange.EMPTY);
        assertThat(DecisionStream.range(ds, T.plusDays(100), T.plusDays(101), List.of(100L, 200L)))
                .isEqualTo(VisitIdRange.EMPTY);
        assertThat(DecisionStream.range(ds, from, until, List.of())).isEqualTo(VisitIdRange.EMPTY);
    }

    /** Ids above the guard, so that the range's lower end is not cut at 0. */
    private static final long GUARD_FREE = 100_000;

    @Test
    void handsOnEachVisitOfThePeriodAndPointsWithAllItsErrands() throws Exception {
        visit(1, 100, T, 30);
        visit(2, 200, T.plusMinutes(10), 20); // another point
        visit(3, 100, T.plusMinutes(20), null); // not served: no handling time
        visit(4, 100, T.plusDays(40), 10); // after the period
        visit(5, 100, T.plusMinutes(30), 15); // no errands
        errand(50, 1, 10, "GUIDED", "GUIDED");
        errand(51, 2, 10, "GUIDED", "GUIDED");
        errand(52, 1, 11, "SELF_SERVICE", "GUIDED");
        errand(53, 3, 11, "SELF_SERVICE", "SELF_SERVICE");
        errand(54, 4, 11, "SELF_SERVICE", "SELF_SERVICE");
        List<PastVisit> visits = stream(T.minusDays(1), T.plusDays(30), List.of(100L), 4096);
        assertThat(visits).extracting(PastVisit::id).containsExactly(1L, 3L);
        PastVisit first = visits.get(0);
        assertThat(first.handlingMinutes()).isEqualTo(30);
        assertThat(first.servicePointId()).isEqualTo(100);
        assertThat(first.errands()).extracting(PastErrand::id).containsExactly(50L, 52L);
        PastErrand second = first.errands().get(1);
        assertThat(second.task()).isEqualTo("TAX_CARD");
        assertThat(second.agency()).isEqualTo("TAX");
        assertThat(second.profile()).isEqualTo("SELF_DIRECTED");
        assertThat(second.recommended()).isEqualTo(SupportLevel.SELF_SERVICE);
        assertThat(second.applied()).isEqualTo(SupportLevel.GUIDED);
        assertThat(second.overrideReason()).isEqualTo(OverrideReason.CUSTOMER_WISH);
        assertThat(second.ruleSetId()).isEqualTo(1L);
        assertThat(second.facts()).isEqualTo("profile=\"SELF_DIRECTED\"");
        assertThat(visits.get(1).handlingMinutes()).isNull();
        assertThat(stream(T.minusDays(1), T.plusDays(30), List.of(100L, 200L), 4096))
                .extracting(PastVisit::id)
                .containsExactly(1L, 2L, 3L);
        assertThat(stream(T.plusDays(100), T.plusDays(130), List.of(100L), 4096))
                .isEmpty();
    }

    @Test
    void errandsOutOfOrderStillReachTheirVisitWithinTheWindowAndAfterIt() throws Exception {
        // 30 visits at one point; their errands are stored in a scrambled order, and visit 1 gets a last errand
        // at the very end, long after the window of 5 visits has passed it.
        for (long v = 1; v <= 30; v++) {
            visit(v, 100, T.plusMinutes(v), 12);
        }
        long id = 100;
        for (long v = 30; v >= 1; v -= 2) {
            errand(id++, v, 10, "GUIDED", "GUIDED");
        }
        for (long v = 1; v <= 30; v++) {
            errand(id++, v, 11, "SELF_SERVICE", "SELF_SERVICE");
        }
        errand(id, 1, 10, "GUIDED", "FULL_ASSISTANCE");
        List<PastVisit> visits = stream(T, T.plusDays(1), List.of(100L), 5);
        Map<Long, Integer> errands = visits.stream()
                .collect(Collectors.groupingBy(
                        PastVisit::id, Collectors.summingInt(v -> v.errands().size())));
        assertThat(errands).hasSize(30);
        for (long v = 1; v <= 30; v++) {
            assertThat(errands.get(v)).as("visit " + v).isEqualTo(v % 2 == 0 || v == 1 ? 2 : 1);
        }
        assertThat(visits.stream().mapToInt(v -> v.errands().size()).sum()).isEqualTo(15 + 30 + 1);
        assertThat(visits.stream().filter(v -> v.id() == 1))
                .as("the late errand goes on with its visit read again")
                .hasSize(2)
                .allSatisfy(v -> assertThat(v.errands()).hasSize(1));
        // With a window wide enough the scrambled errands all meet their visit in one piece.
        List<PastVisit> wide = stream(T, T.plusDays(1), List.of(100L), 4096);
        assertThat(wide).hasSize(30);
        assertThat(wide.stream()
                        .filter(v -> v.id() == 1)
                        .findFirst()
                        .orElseThrow()
                        .errands())
                .hasSize(2);
    }

    /** The stream cut into parts as a split simulation reads it: the parts one after the other, in range order. */
    private List<PastVisit> streamInParts(
            LocalDateTime from, LocalDateTime until, List<Long> points, int window, int parts) throws Exception {
        List<PastVisit> visits = new ArrayList<>();
        VisitIdRange whole = DecisionStream.range(ds, from, until, points);
        for (VisitIdRange part : whole.split(parts)) {
            List<PastVisit> ofPart = new ArrayList<>();
            assertThat(DecisionStream.forEachOf(ds, whole, part, from, until, points, ofPart::add, window))
                    .isTrue();
            assertThat(ofPart)
                    .as("a part hands on only visits of its own ids")
                    .allSatisfy(v -> assertThat((v.id() >= part.first() || part.first() == whole.first())
                                    && (v.id() <= part.last() || part.last() == whole.last()))
                            .isTrue());
            visits.addAll(ofPart);
        }
        return visits;
    }

    private static Map<Long, List<Long>> errandsByVisit(List<PastVisit> visits) {
        return visits.stream()
                .collect(Collectors.groupingBy(
                        PastVisit::id,
                        java.util.TreeMap::new,
                        Collectors.flatMapping(
                                v -> v.errands().stream().map(PastErrand::id).sorted(), Collectors.toList())));
    }

    @Test
    void partsOfTheRangeHandOnEveryVisitAndErrandExactlyOnceAsOneStreamDoes() throws Exception {
        // 30 visits (ids 100_001…100_030), errands scrambled across the cut, one visit's last errand stored at the
        // very end, visits of another point and outside the period among them.
        for (long v = 1; v <= 30; v++) {
            visit(GUARD_FREE + v, v % 7 == 0 ? 200 : 100, v == 29 ? T.plusDays(40) : T.plusMinutes(v), 12);
        }
        long id = 500;
        for (long v = 30; v >= 1; v -= 2) {
            errand(id++, GUARD_FREE + v, 10, "GUIDED", "GUIDED");
        }
        for (long v = 1; v <= 30; v++) {
            errand(id++, GUARD_FREE + v, 11, "SELF_SERVICE", "SELF_SERVICE");
        }
        errand(id++, GUARD_FREE + 2, 10, "GUIDED", "FULL_ASSISTANCE"); // visit 2 (first part): after all
        errand(id, GUARD_FREE + 28, 10, "GUIDED", "GUIDED"); // visit 28 (second part)
        for (int window : new int[] {3, 4096}) {
            List<PastVisit> whole = stream(T, T.plusDays(1), List.of(100L), window);
            for (int parts : new int[] {2, 3}) {
                List<PastVisit> split = streamInParts(T, T.plusDays(1), List.of(100L), window, parts);
                assertThat(errandsByVisit(split))
                        .as("window %d, %d parts", window, parts)
                        .isEqualTo(errandsByVisit(whole));
                assertThat(split.stream().mapToInt(v -> v.errands().size()).sum())
                        .isEqualTo(
                                whole.stream().mapToInt(v -> v.errands().size()).sum());
            }
        }
        // the cut lies inside the visits, so both parts had something to hand on
        VisitIdRange range = DecisionStream.range(ds, T, T.plusDays(1), List.of(100L));
        assertThat(range.split(2).get(1).first()).isBetween(GUARD_FREE + 1, GUARD_FREE + 30);
        assertThat(errandsByVisit(stream(T, T.plusDays(1), List.of(100L), 4096)))
                .hasSize(30 - 4 - 1) // visits 7, 14, 21, 28 at point 200; 29 after the period
                .containsEntry(GUARD_FREE + 2, List.of(500L + 14, 500L + 15 + 1, 500L + 15 + 30));
    }

    @Test
    void handlingTimeIsFromStartToEndOfServedVisits() {
        Timestamp start = Timestamp.valueOf(LocalDateTime.of(2026, 9, 1, 9, 0));
        Timestamp end = Timestamp.valueOf(LocalDateTime.of(2026, 9, 1, 9, 25, 40));
        assertThat(DecisionStream.handlingMinutes(start, end, "DONE")).isEqualTo(25);
        assertThat(DecisionStream.handlingMinutes(start, null, "IN_SERVICE")).isNull();
        assertThat(DecisionStream.handlingMinutes(start, end, "NO_SHOW")).isNull();
        assertThat(DecisionStream.handlingMinutes(end, start, "DONE")).isZero();
    }
}
