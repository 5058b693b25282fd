package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.platform.persistence.Databases;
import jakarta.annotation.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator cancels a long simulation in the browser (issue 10: "a progress indicator and cancel for long
 * runs"). The demo's few thousand visits are simulated in well under a second, so the test first stores a large
 * volume of past visits for the run to go through: the demo visits with a stored decision, copied day after day
 * into a period years before the demo's ({@link #BULK_FROM}, read by nothing the application does on its own), with
 * their errands and stored decisions — plain SQL in the test's own set-up, nothing in the application. About 890,000
 * visits with 1.3 million errands need a larger heap than the other tests' in-memory H2, so the class has a Payara
 * Micro of its own (the "bulk" container of arquillian.xml, 3 GB); its database, and the copies with it, end with
 * that process, so no other test ever sees them. The browser half is {@link WorkbenchBrowser#cancelALongSimulation}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulationCancelBrowserIT {

    private static final Logger LOG = Logger.getLogger(SimulationCancelBrowserIT.class.getName());

    /** The first day of the copied visits; one copy of the demo's visits per day from here on. */
    static final LocalDate BULK_FROM = LocalDate.of(2019, 1, 1);

    /** Days of copies: each holds the demo's visits with a stored decision (about 2,900 visits, 4,300 errands). */
    static final int BULK_DAYS = 300;

    private static final String SEED = "/fi/asiointipiste/routing/seed-routing.dmn";

    /** Ids of the copies start here, far above anything the application's sequences hand out in a test. */
    private static final long BASE_ID = 1_000_000_000_000L;

    /**
     * The copy's stored facts with the customer's age moved on by the copy's day (wrapping within 18–87), so that
     * the copies are customers of other ages: the run decides their errands again instead of finding the same facts
     * remembered from the day before.
     */
    private static final String OLDER = "REGEXP_REPLACE(t.decision_facts, 'age=[0-9]+', 'age=' || (18 + MOD("
            + "COALESCE(CAST(REGEXP_SUBSTR(t.decision_facts, 'age=([0-9]+)', 1, 1, '', 1) AS INT), 0) + d.x, 70)))";

    /** Copies inserted by one statement (one transaction each). */
    private static final int DAYS_A_STATEMENT = 25;

    @Deployment
    @TargetsContainer("bulk")
    static WebArchive deployment() {
        return Deployments.application().addClasses(SimulationCancelBrowserIT.class, Deployments.class);
    }

    @Resource(lookup = Databases.JNDI_NAME)
    DataSource dataSource;

    @ArquillianResource
    URL url;

    @Test
    @Order(1)
    void manyPastVisitsAreStoredForTheLongRun() throws SQLException {
        long started = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            long visitStride = single(s, "SELECT MAX(id) + 1 FROM visit");
            long errandStride = single(s, "SELECT MAX(id) + 1 FROM visit_task");
            assertThat(visitStride)
                    .as("the demo's visit ids stay below the copies'")
                    .isLessThan(BASE_ID / 10_000);
            String seeds = " FROM visit v WHERE v.id < " + BASE_ID
                    + " AND EXISTS (SELECT 1 FROM visit_task t WHERE t.visit_id = v.id AND t.decision_facts IS NOT NULL)";
            for (int day = 0; day < BULK_DAYS; day += DAYS_A_STATEMENT) {
                int last = Math.min(BULK_DAYS, day + DAYS_A_STATEMENT) - 1;
                String days = " FROM SYSTEM_RANGE(" + day + ", " + last + ") d CROSS JOIN ";
                // the visit moved to the copy's day, keeping its time of day and its service and handling times
                String shift = "DATEDIFF('DAY', v.arrived_at, DATE '" + BULK_FROM + "') + d.x";
                s.executeUpdate("INSERT INTO visit (id, service_point_id, channel, status, arrived_at, started_at,"
                        + " ended_at, profile_id, version) SELECT " + BASE_ID + " + d.x * " + visitStride + " + v.id,"
                        + " v.service_point_id, v.channel, v.status, DATEADD('DAY', " + shift + ", v.arrived_at),"
                        + " DATEADD('DAY', " + shift + ", v.started_at), DATEADD('DAY', " + shift + ", v.ended_at),"
                        + " v.profile_id, 0" + days + "(SELECT *" + seeds + ") v");
                s.executeUpdate("INSERT INTO visit_task (id, visit_id, service_task_id, seq_no, recommended_level,"
                        + " applied_level, override_reason, rule_set_id, rule_id, decision_facts, version) SELECT "
                        + BASE_ID + " + d.x * " + errandStride + " + t.id, " + BASE_ID + " + d.x * " + visitStride
                        + " + t.visit_id, t.service_task_id, t.seq_no, t.recommended_level, t.applied_level,"
                        + " t.override_reason, t.rule_set_id, t.rule_id, " + OLDER + ", 0" + days
                        + "(SELECT t.* FROM visit_task t WHERE t.id < " + BASE_ID + " AND t.visit_id IN (SELECT v.id"
                        + seeds + ")) t");
            }
            long visits = single(s, "SELECT COUNT(*) FROM visit WHERE id >= " + BASE_ID);
            long errands = single(s, "SELECT COUNT(*) FROM visit_task WHERE id >= " + BASE_ID);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
            LOG.info(() -> "Stored " + visits + " past visits with " + errands + " errands for the long simulation in "
                    + millis + " ms (" + cpuMillis + " ms CPU)");
            assertThat(visits).isGreaterThan(BULK_DAYS * 1_000L);
            assertThat(errands).isGreaterThan(visits);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void aCoordinatorCancelsALongSimulationAndStartsAnotherOne() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        Deployments.loopback(url).resolve("api/rule-sets?name=Keskeytys&note=cancel"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("coordinator:asiointipiste"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/xml")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(seed()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        WorkbenchBrowser.cancelALongSimulation(
                Deployments.loopback(url), id.group(1), BULK_FROM, BULK_FROM.plusDays(BULK_DAYS - 1L));
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = SimulationCancelBrowserIT.class.getResourceAsStream(SEED)) {
            return in.readAllBytes();
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
