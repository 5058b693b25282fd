package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.feedback.entity.Feedback;
import fi.asiointipiste.feedback.entity.FeedbackGiven;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.boundary.StaffUsers;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.boundary.RuleSets;
import fi.asiointipiste.statistics.control.AggregateRebuild;
import fi.asiointipiste.statistics.control.AggregateTable;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statistics in the server: the aggregates kept by the VisitClosed / FeedbackGiven observers equal a direct
 * recount of the raw rows after a random sequence of visits (closed concurrently), a supervisor of one point
 * sees only that point, and an export holds the numbers the page shows.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 3, 2);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(StatisticsIT.class, TestTransactions.class, Deployments.class, StaffClient.class);
    }

    @Inject
    TestTransactions tx;

    @Inject
    ServicePoints servicePoints;

    @Inject
    StaffUsers staffUsers;

    @Inject
    Catalogue catalogue;

    @Inject
    Event<VisitClosed> visitClosed;

    @Inject
    Event<FeedbackGiven> feedbackGiven;

    @Inject
    Databases databases;

    @ArquillianResource
    URL url;

    @Test
    void aggregatesEqualARecountOfTheRawRowsAfterARandomSequenceWithConcurrentCloses() throws Exception {
        Random random = new Random(5);
        long pointId = tx.inNew(em -> servicePoints
                .create("STATS_IT", "Statistics test point", "Testilä")
                .getId());
        List<ServiceTask> tasks = catalogue.tasks();
        List<CustomerProfile> profiles = catalogue.profiles();
        List<Long> visitIds = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDateTime arrived =
                    FIRST_DAY.plusDays(random.nextInt(4)).atTime(8 + random.nextInt(8), random.nextInt(60));
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            CustomerProfile profile = random.nextInt(5) == 0 ? null : profiles.get(random.nextInt(profiles.size()));
            int count = 1 + random.nextInt(3);
            long[] picks = random.longs(count, 0, tasks.size()).toArray();
            int[] levels = random.ints(count, 0, 3).toArray();
            boolean[] overrides = new boolean[count];
            for (int t = 0; t < count; t++) {
                overrides[t] = random.nextInt(3) == 0;
            }
            visitIds.add(tx.inNew(em -> {
                Visit visit = new Visit(em.find(ServicePoint.class, pointId), channel, arrived);
                if (profile != null) {
                    visit.profileAs(em.find(CustomerProfile.class, profile.getId()));
                }
                for (int t = 0; t < count; t++) {
                    VisitTask task = visit.add(
                            em.find(ServiceTask.class, tasks.get((int) picks[t]).getId()));
                    SupportLevel recommended = SupportLevel.values()[levels[t]];
                    task.recommend(recommended, null);
                    if (overrides[t]) {
                        task.apply(SupportLevel.values()[(levels[t] + 1) % 3], OverrideReason.CUSTOMER_WISH, null);
                    }
                }
                em.persist(visit);
                em.flush();
                return visit.getId();
            }));
        }
        // Some answers arrive before the visit closes: the observer waits for the close to count them.
        for (Long id : visitIds.subList(0, 10)) {
            giveFeedback(id, pointId, random.nextInt(5) + 1, random.nextInt(11));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> closes = new ArrayList<>();
        for (Long id : visitIds.subList(0, 50)) {
            boolean noShow = random.nextInt(8) == 0;
            int wait = random.nextInt(40);
            int handle = 5 + random.nextInt(50);
            boolean change = random.nextInt(4) == 0;
            closes.add(pool.submit(() -> tx.inNew(em -> {
                Visit visit = em.find(Visit.class, id);
                if (noShow) {
                    visit.markNoShow(visit.getArrivedAt().plusMinutes(wait));
                } else {
                    visit.startService(null, visit.getArrivedAt().plusMinutes(wait));
                    for (VisitTask task : visit.getTasks()) {
                        if (change) {
                            task.apply(SupportLevel.FULL_ASSISTANCE, OverrideReason.LANGUAGE_NEED, null);
                        }
                        task.close(TaskOutcome.values()[(int) (id % 2)], null, id % 3 == 0);
                    }
                    visit.finish(visit.getStartedAt().plusMinutes(handle));
                }
                em.flush();
                visitClosed.fire(new VisitClosed(id, pointId));
                return null;
            })));
        }
        for (Future<?> close : closes) {
            close.get();
        }
        pool.shutdown();
        // Answers after the close, including to visits that stay open (10 of them never close).
        for (Long id : visitIds.subList(10, 60)) {
            if (random.nextBoolean()) {
                giveFeedback(id, pointId, random.nextInt(5) + 1, random.nextInt(11));
            }
        }

        assertThat(aggregated(pointId)).isEqualTo(recount(pointId)).isNotEmpty();
        assertThat(sliceSums(pointId, "D")).isEqualTo(sliceRecount(pointId)).hasSizeGreaterThan(100);
        assertThat(sliceSums(pointId, "M")).as("monthly rows").isEqualTo(sliceRecount(pointId));
        Map<String, List<String>> incremental = snapshot();
        new AggregateRebuild(databases.dataSource()).run();
        assertThat(snapshot()).isEqualTo(incremental);
    }

    private void giveFeedback(long visitId, long pointId, int ces, int nps) {
        tx.inNew(em -> {
            Feedback feedback =
                    new Feedback(visitId, pointId, FIRST_DAY.plusDays(5).atStartOfDay(), ces, nps, null);
            em.persist(feedback);
            em.flush();
            feedbackGiven.fire(new FeedbackGiven(feedback.getId(), visitId, pointId));
            return null;
        });
    }

    /** Per day: visits, no-shows, errands, overridden, done by the customer, wait and handling minutes, answers, CES sum, promoters, detractors. */
    private Map<LocalDate, List<Long>> recount(long pointId) {
        return tx.inNew(em -> {
            Map<LocalDate, List<Long>> days = new TreeMap<>();
            for (Visit v : em.createQuery("SELECT v FROM Visit v WHERE v.servicePoint.id = :p", Visit.class)
                    .setParameter("p", pointId)
                    .getResultList()) {
                if (v.getStatus() != VisitStatus.DONE && v.getStatus() != VisitStatus.NO_SHOW) {
                    continue;
                }
                long[] d = new long[11];
                d[0] = 1;
                d[1] = v.getStatus() == VisitStatus.NO_SHOW ? 1 : 0;
                d[2] = v.getTasks().size();
                d[3] = v.getTasks().stream().filter(VisitTask::isOverridden).count();
                d[4] = v.getTasks().stream()
                        .filter(t -> Boolean.TRUE.equals(t.getCustomerDidItThemselves()))
                        .count();
                d[5] = v.getWaitingMinutes() == null ? 0 : v.getWaitingMinutes();
                d[6] = v.getStatus() == VisitStatus.DONE ? v.getHandlingMinutes() : 0;
                List<Feedback> answers = em.createQuery("SELECT f FROM Feedback f WHERE f.visitId = :v", Feedback.class)
                        .setParameter("v", v.getId())
                        .getResultList();
                for (Feedback f : answers) {
                    d[7]++;
                    d[8] += f.getCes();
                    d[9] += f.getNps() >= 9 ? 1 : 0;
                    d[10] += f.getNps() <= 6 ? 1 : 0;
                }
                List<Long> sum = days.computeIfAbsent(
                        v.getArrivedAt().toLocalDate(),
                        k -> new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)));
                for (int i = 0; i < d.length; i++) {
                    sum.set(i, sum.get(i) + d[i]);
                }
            }
            return days;
        });
    }

    private Map<LocalDate, List<Long>> aggregated(long pointId) {
        return tx.inNew(em -> {
            Map<LocalDate, List<Long>> days = new TreeMap<>();
            for (Object o : em.createNativeQuery("SELECT stat_day, SUM(visits), SUM(no_shows), SUM(tasks),"
                            + " SUM(overridden), SUM(self_done), SUM(wait_sum), SUM(handle_sum), SUM(feedback_n), SUM(ces_sum),"
                            + " SUM(promoters), SUM(detractors) FROM stat_visit_day WHERE service_point_id = ? AND service_task_id = 0 AND grain = 'D'"
                            + " GROUP BY stat_day")
                    .setParameter(1, pointId)
                    .getResultList()) {
                Object[] r = (Object[]) o;
                List<Long> values = new ArrayList<>();
                for (int i = 1; i < r.length; i++) {
                    values.add(((Number) r[i]).longValue());
                }
                days.put(((java.sql.Date) r[0]).toLocalDate(), values);
            }
            return days;
        });
    }

    /**
     * Every filter combination (errand or all, channel or all, profile or all) recounted from the entities:
     * arrivals, waiting and handling observations, errands per errand, visits with an errand, overrides per
     * channel. Keys read "measure|errand|channel|profile".
     */
    private Map<String, Long> sliceRecount(long pointId) {
        return tx.inNew(em -> {
            Map<String, Long> sums = new TreeMap<>();
            for (Visit v : em.createQuery("SELECT v FROM Visit v WHERE v.servicePoint.id = :p", Visit.class)
                    .setParameter("p", pointId)
                    .getResultList()) {
                if (v.getStatus() != VisitStatus.DONE && v.getStatus() != VisitStatus.NO_SHOW) {
                    continue;
                }
                long profile = v.getProfile() == null ? 0 : v.getProfile().getId();
                List<Long> errands = new ArrayList<>(List.of(0L));
                v.getTasks().stream().map(t -> t.getTask().getId()).distinct().forEach(errands::add);
                for (long errand : errands) {
                    for (String channel : List.of("ALL", v.getChannel().name())) {
                        for (long p : List.of(-1L, profile)) {
                            String slice = "|" + errand + "|" + channel + "|" + p;
                            sums.merge("arrivals" + slice, 1L, Long::sum);
                            if (v.getWaitingMinutes() != null) {
                                sums.merge("waits" + slice, 1L, Long::sum);
                            }
                            if (v.getStatus() == VisitStatus.DONE) {
                                sums.merge("handlings" + slice, 1L, Long::sum);
                            }
                        }
                    }
                    if (errand != 0) {
                        sums.merge("visitsWith|" + errand + "|" + v.getChannel() + "|" + profile, 1L, Long::sum);
                    }
                }
                for (VisitTask t : v.getTasks()) {
                    for (String channel : List.of("ALL", v.getChannel().name())) {
                        for (long p : List.of(-1L, profile)) {
                            sums.merge("errands|" + t.getTask().getId() + "|" + channel + "|" + p, 1L, Long::sum);
                        }
                    }
                    if (t.isOverridden()) {
                        sums.merge(
                                "overrides|" + t.getTask().getId() + "|" + v.getChannel() + "|" + profile,
                                1L,
                                Long::sum);
                    }
                }
            }
            return sums;
        });
    }

    /** The same sums from the aggregates, over the daily ('D') or the monthly ('M') rows. */
    private Map<String, Long> sliceSums(long pointId, String grain) {
        return tx.inNew(em -> {
            Map<String, Long> sums = new TreeMap<>();
            String[][] queries = {
                {"arrivals", "SELECT service_task_id, channel, profile_id, SUM(visits) FROM stat_arrival_hour"},
                {
                    "waits",
                    "SELECT service_task_id, channel, profile_id, SUM(visits) FROM stat_duration_day"
                            + " WHERE kind = 'W'"
                },
                {
                    "handlings",
                    "SELECT service_task_id, channel, profile_id, SUM(visits) FROM stat_duration_day"
                            + " WHERE kind = 'H'"
                },
                {"errands", "SELECT service_task_id, channel, profile_id, SUM(tasks) FROM stat_task_day"},
                {
                    "visitsWith",
                    "SELECT service_task_id, channel, profile_id, SUM(visits) FROM stat_visit_day"
                            + " WHERE service_task_id <> 0"
                },
                {"overrides", "SELECT service_task_id, channel, profile_id, SUM(tasks) FROM stat_override_day"}
            };
            for (String[] q : queries) {
                String sql = q[1] + (q[1].contains("WHERE") ? " AND" : " WHERE") + " service_point_id = ?"
                        + (q[0].equals("arrivals") ? " AND '' <> ?" : " AND grain = ?")
                        + " GROUP BY service_task_id, channel, profile_id";
                for (Object o : em.createNativeQuery(sql)
                        .setParameter(1, pointId)
                        .setParameter(2, grain)
                        .getResultList()) {
                    Object[] r = (Object[]) o;
                    long value = ((Number) r[3]).longValue();
                    if (value != 0) {
                        sums.put(q[0] + "|" + r[0] + "|" + r[1] + "|" + r[2], value);
                    }
                }
            }
            return sums;
        });
    }

    private Map<String, List<String>> snapshot() throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = databases.dataSource().getConnection();
                Statement s = c.createStatement()) {
            for (AggregateTable table : AggregateTable.values()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table.table())) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            row.append(value instanceof Double d ? String.format("%.6f", d) : String.valueOf(value))
                                    .append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table.table(), rows);
            }
        }
        return tables;
    }

    @Test
    void aSupervisorOfOnePointSeesOnlyItsNumbersAndTheExportHoldsWhatThePageShows() throws Exception {
        ServicePoint tervo = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("TERVO"))
                .findFirst()
                .orElseThrow();
        ServicePoint pielavesi = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("PIELAVESI"))
                .findFirst()
                .orElseThrow();
        // The demo's supervisor of Tervo only (DemoOrganisation).
        StaffClient client = new StaffClient(Deployments.loopback(url));
        assertThat(client.signIn("supervisor.tervo", "asiointipiste").statusCode())
                .isEqualTo(302);
        // Every view answers, names only Tervo, and a forged point in the query string is refused.
        for (String view : List.of("index", "errands", "levels", "feedback", "time", "breakdowns", "costs", "print")) {
            HttpResponse<String> page = client.open("statistics/" + view + ".xhtml?points=" + pielavesi.getId());
            assertThat(page.statusCode()).as(view).isEqualTo(200);
            assertThat(page.body())
                    .as(view)
                    .contains(tervo.getName())
                    .doesNotContain(pielavesi.getName())
                    .contains("message-error");
        }
        // Bad parameters in the address: a translated error, the default instead, never a server error.
        for (String bad : List.of(
                "from=2026-13-01",
                "from=2026-05-01&until=2026-04-01",
                "profile=999999",
                "task=abc",
                "channel=FAX",
                "grain=YEAR",
                "rule=x")) {
            HttpResponse<String> page = client.open("statistics/errands.xhtml?" + bad);
            assertThat(page.statusCode()).as(bad).isEqualTo(200);
            assertThat(page.body()).as(bad).contains("message-error", tervo.getName());
        }
        String breakdowns = client.open("statistics/breakdowns.xhtml").body();
        String points = section(breakdowns, "table-points");
        assertThat(points).contains(tervo.getName());
        assertThat(points).doesNotContain(pielavesi.getName());

        String html = client.open("statistics/levels.xhtml").body();
        String shownVisits = firstNumberCell(section(html, "table-levels"));
        HttpResponse<byte[]> csv =
                client.postForm("statistics/levels.xhtml", html, Map.of("stats", "stats", "stats:csv-levels", ""));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("statistics-levels");
        String exported = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(exported)
                .contains(tervo.getName())
                .doesNotContain(pielavesi.getName())
                .containsAnyOf(";\"" + shownVisits + "\";", ";\"<5\";");
        String errands = client.open("statistics/errands.xhtml").body();
        HttpResponse<byte[]> xlsx =
                client.postForm("statistics/errands.xhtml", errands, Map.of("stats", "stats", "stats:xlsx-tasks", ""));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    }

    private static String section(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as(tableId + " on the page").isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static String firstNumberCell(String table) {
        Matcher m = Pattern.compile("<td class=\"num\">\\s*([0-9\u00a0\u202f ,.]+)\\s*</td>")
                .matcher(table);
        assertThat(m.find()).isTrue();
        return m.group(1).replaceAll("[\u00a0\u202f ]", "").trim();
    }

    /**
     * Independence over time (V9): after a random sequence of identified and anonymous visits at two points,
     * closed four at a time in random order (so a customer's visit often closes before an earlier-ending one,
     * and two visits of one customer close at once), the aggregate equals a recount of every customer's chain
     * from the raw rows, and a rebuild leaves every aggregate row unchanged.
     */
    @Test
    void independenceEqualsARecountOfTheCustomersChainsAfterConcurrentClosesInAnyOrder() throws Exception {
        Random random = new Random(8);
        long pointA = tx.inNew(em -> servicePoints
                .create("INDEP_A", "Independence test point A", "Testilä")
                .getId());
        long pointB = tx.inNew(em -> servicePoints
                .create("INDEP_B", "Independence test point B", "Testilä")
                .getId());
        List<ServiceTask> tasks = catalogue.tasks();
        List<CustomerProfile> profiles = catalogue.profiles();
        List<Long> customers = tx.inNew(em -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Customer customer = new Customer("Itsenäisyys Testi " + i, null, "fi", FIRST_DAY.atStartOfDay());
                em.persist(customer);
                em.flush();
                ids.add(customer.getId());
            }
            return ids;
        });
        List<long[]> visits = new ArrayList<>(); // visit id, point id
        for (int i = 0; i < 70; i++) {
            long point = random.nextBoolean() ? pointA : pointB;
            LocalDateTime arrived =
                    FIRST_DAY.plusDays(random.nextInt(6)).atTime(8 + random.nextInt(8), random.nextInt(60));
            Long customer = random.nextInt(6) == 0 ? null : customers.get(random.nextInt(customers.size()));
            CustomerProfile profile = random.nextInt(4) == 0 ? null : profiles.get(random.nextInt(profiles.size()));
            int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
            long[] picks = random.longs(count, 0, tasks.size()).toArray();
            int[] levels = random.ints(count, 0, 3).toArray();
            visits.add(new long[] {
                tx.inNew(em -> {
                    Visit visit = new Visit(em.find(ServicePoint.class, point), Channel.WALK_IN, arrived);
                    if (customer != null) {
                        visit.identify(em.find(Customer.class, customer));
                    }
                    if (profile != null) {
                        visit.profileAs(em.find(CustomerProfile.class, profile.getId()));
                    }
                    for (int t = 0; t < count; t++) {
                        VisitTask task = visit.add(em.find(
                                ServiceTask.class, tasks.get((int) picks[t]).getId()));
                        task.recommend(SupportLevel.values()[levels[t]], null);
                    }
                    em.persist(visit);
                    em.flush();
                    return visit.getId();
                }),
                point
            });
        }
        java.util.Collections.shuffle(visits, random);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> closes = new ArrayList<>();
        for (long[] v : visits.subList(0, 62)) {
            boolean noShow = random.nextInt(10) == 0;
            int handle = 5 + random.nextInt(50);
            int wait = random.nextInt(30);
            int[] applied = random.ints(3, 0, 3).toArray();
            boolean[] selfDone = {random.nextBoolean(), random.nextBoolean(), random.nextBoolean()};
            closes.add(pool.submit(() -> tx.inNew(em -> {
                Visit visit = em.find(Visit.class, v[0]);
                if (noShow) {
                    visit.markNoShow(visit.getArrivedAt().plusMinutes(wait));
                } else {
                    visit.startService(null, visit.getArrivedAt().plusMinutes(wait));
                    int t = 0;
                    for (VisitTask task : visit.getTasks()) {
                        if (applied[t] != task.getRecommendedLevel().ordinal()) {
                            task.apply(SupportLevel.values()[applied[t]], OverrideReason.CUSTOMER_WISH, null);
                        }
                        task.close(TaskOutcome.DONE, null, selfDone[t]);
                        t++;
                    }
                    visit.finish(visit.getStartedAt().plusMinutes(handle));
                }
                em.flush();
                visitClosed.fire(new VisitClosed(v[0], v[1]));
                return null;
            })));
        }
        for (Future<?> close : closes) {
            close.get();
        }
        pool.shutdown();

        Map<String, List<Long>> recount = recountIndependence(List.of(pointA, pointB));
        assertThat(recount.keySet())
                .as("some customers came back at least three times")
                .anyMatch(key -> key.contains("|3|") || key.contains("|4|") || key.contains("|5|"));
        assertThat(independenceRows(List.of(pointA, pointB))).isEqualTo(recount);
        Map<String, List<String>> incremental = snapshot();
        new AggregateRebuild(databases.dataSource()).run();
        assertThat(snapshot()).isEqualTo(incremental);
    }

    /**
     * Every customer's served visits in order of end time (then id), each compared with the one before: an
     * independent recount through the entities. Key: point|day|profile|ordinal|level.
     */
    private Map<String, List<Long>> recountIndependence(List<Long> points) {
        return tx.inNew(em -> {
            Map<Long, List<Visit>> chains = new TreeMap<>();
            for (Visit v : em.createQuery(
                            "SELECT v FROM Visit v WHERE v.servicePoint.id IN :p AND v.customer IS NOT NULL"
                                    + " AND v.status = :done",
                            Visit.class)
                    .setParameter("p", points)
                    .setParameter("done", VisitStatus.DONE)
                    .getResultList()) {
                chains.computeIfAbsent(v.getCustomer().getId(), c -> new ArrayList<>())
                        .add(v);
            }
            Map<String, List<Long>> rows = new TreeMap<>();
            for (List<Visit> chain : chains.values()) {
                chain.sort(java.util.Comparator.comparing(Visit::getEndedAt).thenComparing(Visit::getId));
                for (int i = 0; i < chain.size(); i++) {
                    Visit v = chain.get(i);
                    int level = level(v);
                    long tasks = v.getTasks().size();
                    long self = v.getTasks().stream()
                            .filter(t -> Boolean.TRUE.equals(t.getCustomerDidItThemselves()))
                            .count();
                    long[] d = {1, tasks, self, 0, 0, 0, 0, 0, 0};
                    if (i > 0) {
                        Visit p = chain.get(i - 1);
                        int before = level(p);
                        if (before > 0 && level > 0) {
                            d[level < before ? 3 : level == before ? 4 : 5] = 1;
                        }
                        long pTasks = p.getTasks().size();
                        long pSelf = p.getTasks().stream()
                                .filter(t -> Boolean.TRUE.equals(t.getCustomerDidItThemselves()))
                                .count();
                        if (pTasks > 0 && tasks > 0) {
                            double now = (double) self / tasks;
                            double then = (double) pSelf / pTasks;
                            d[Math.abs(now - then) < 1e-9 ? 7 : now > then ? 6 : 8] = 1;
                        }
                    }
                    String key = v.getServicePoint().getId() + "|"
                            + v.getArrivedAt().toLocalDate() + "|"
                            + (v.getProfile() == null ? 0 : v.getProfile().getId()) + "|" + Math.min(i + 1, 5) + "|"
                            + level;
                    List<Long> sum = rows.computeIfAbsent(
                            key, k -> new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)));
                    for (int c = 0; c < d.length; c++) {
                        sum.set(c, sum.get(c) + d[c]);
                    }
                }
            }
            return rows;
        });
    }

    private static int level(Visit v) {
        return v.getTasks().stream()
                .mapToInt(t ->
                        t.getAppliedLevel() == null ? 0 : t.getAppliedLevel().ordinal() + 1)
                .max()
                .orElse(0);
    }

    private Map<String, List<Long>> independenceRows(List<Long> points) throws Exception {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (Connection c = databases.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT service_point_id, stat_day, profile_id, visit_ordinal, level_rank,"
                                + " visits, tasks, self_done, level_lower, level_same, level_higher, share_up, share_same,"
                                + " share_down FROM stat_independence_day WHERE service_point_id IN (" + points.get(0)
                                + ", "
                                + points.get(1) + ")")) {
            while (rs.next()) {
                List<Long> values = new ArrayList<>();
                for (int i = 6; i <= 14; i++) {
                    values.add(rs.getLong(i));
                }
                rows.put(
                        rs.getLong(1) + "|" + rs.getDate(2).toLocalDate() + "|" + rs.getLong(3) + "|" + rs.getInt(4)
                                + "|" + rs.getInt(5),
                        values);
            }
        }
        return rows;
    }

    @Test
    void aSupervisorOfOnePointSeesOnlyItsIndependenceFiguresAndTheExportHoldsThem() throws Exception {
        ServicePoint tervo = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("TERVO"))
                .findFirst()
                .orElseThrow();
        ServicePoint pielavesi = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("PIELAVESI"))
                .findFirst()
                .orElseThrow();
        StaffClient client = new StaffClient(Deployments.loopback(url));
        assertThat(client.signIn("supervisor.tervo", "asiointipiste").statusCode())
                .isEqualTo(302);
        HttpResponse<String> page = client.open("statistics/independence.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains(tervo.getName()).doesNotContain(pielavesi.getName());
        String shownVisits = firstNumberCell(section(html, "table-ordinals"));
        assertThat(Long.parseLong(shownVisits))
                .as("first visits at Tervo in the demo year")
                .isPositive();

        // Another point's id in the address is refused and nothing of it is shown.
        HttpResponse<String> other = client.open("statistics/independence.xhtml?points=" + pielavesi.getId());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body())
                .contains("Valitse vähintään yksi asiointipiste")
                .doesNotContain(pielavesi.getName());
        assertThat(firstNumberCell(section(other.body(), "table-ordinals"))).isEqualTo(shownVisits);

        HttpResponse<byte[]> csv = client.postForm(
                "statistics/independence.xhtml", html, Map.of("indep", "indep", "indep:csv-ordinals", ""));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("statistics-ordinals");
        String exported = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(exported)
                .contains(tervo.getName())
                .doesNotContain(pielavesi.getName())
                .containsAnyOf(";\"" + shownVisits + "\";", ";\"<5\";");
        HttpResponse<byte[]> xlsx = client.postForm(
                "statistics/independence.xhtml", html, Map.of("indep", "indep", "indep:xlsx-transitions", ""));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');

        // The printable report ends with independence over time, suppressed like every other printed table; an
        // errand filter leaves it out, because the aggregate keeps no errand.
        String year = "from=" + LocalDate.now().minusDays(364) + "&until=" + LocalDate.now();
        String printed = client.open("statistics/print.xhtml?" + year).body();
        assertThat(printed)
                .contains("Tuen taso ja itse tehdyt asiat käyntikerran mukaan", "Muutos edelliseen käyntiin")
                .doesNotContain(pielavesi.getName());
        String errand = tx.inNew(em -> em.createQuery("SELECT t.id FROM ServiceTask t ORDER BY t.id", Long.class)
                        .setMaxResults(1)
                        .getSingleResult())
                .toString();
        assertThat(client.open("statistics/print.xhtml?" + year + "&task=" + errand)
                        .body())
                .doesNotContain("Tuen taso ja itse tehdyt asiat käyntikerran mukaan");
    }

    // ---- The pilot report (issue 10) ----

    /** A pilot of two weeks, Monday 1 to Friday 12 March 2021; the period before is 17–28 February. */
    private static final LocalDate PILOT_START = LocalDate.of(2021, 3, 1);

    private static final LocalDate PILOT_END = LocalDate.of(2021, 3, 12);
    private static final LocalDate BEFORE_START = LocalDate.of(2021, 2, 17);
    private static final String PILOT_PASSWORD = "pilotti-testi-2021";
    private static final List<String> LEVEL_SHARES =
            List.of("SELF_SERVICE_SHARE", "GUIDED_SHARE", "FULL_ASSISTANCE_SHARE");

    @Inject
    RuleSets ruleSets;

    /**
     * A pilot at two new points against two others, with random visits (identified and anonymous, overridden,
     * no-shows, answers before and after the close) before and during it; at the pilot points during the pilot
     * most errands are recommended GUIDED. The report's every value, observation count, difference in differences
     * and interval equals a recount from the raw visits through the entities (each period a ratio of totals over
     * point-days, the variance k/(k−1)·Σ(y−R·x)²/(Σx)² per group, added up), for all customers and for one
     * profile; small cells are withheld exactly where the recount is small. Only users of every point of the
     * pilot read it; only coordinators define pilots, at their own points, and a bad definition changes nothing.
     */
    @Test
    void aPilotReportEqualsARecountOfTheRawVisitsAndOnlyUsersOfEveryPointOfThePilotReadIt() throws Exception {
        Random random = new Random(10);
        List<Long> points = tx.inNew(em -> List.of(
                servicePoints
                        .create("PILOT_IT_P1", "Pilot test point 1", "Pilottila")
                        .getId(),
                servicePoints
                        .create("PILOT_IT_P2", "Pilot test point 2", "Pilottila")
                        .getId(),
                servicePoints
                        .create("PILOT_IT_C1", "Pilot comparison point 1", "Vertailu")
                        .getId(),
                servicePoints
                        .create("PILOT_IT_C2", "Pilot comparison point 2", "Vertailu")
                        .getId()));
        Set<Long> pilotPoints = Set.of(points.get(0), points.get(1));
        tx.inNew(em -> {
            staffUsers.create(
                    "pilot.it",
                    "Pilot IT coordinator",
                    PILOT_PASSWORD,
                    EnumSet.of(Role.COORDINATOR),
                    null,
                    servicePoints.byIds(points));
            staffUsers.create(
                    "pilot.it.sup",
                    "Pilot IT supervisor",
                    PILOT_PASSWORD,
                    EnumSet.of(Role.SUPERVISOR),
                    null,
                    servicePoints.byIds(List.of(points.get(0))));
            return null;
        });
        String seed;
        try (var in = RuleSets.class.getResourceAsStream(RuleSets.SEED)) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long ruleSetId =
                ruleSets.draft("Pilot IT rules", seed, "pilot report test").getId();
        List<ServiceTask> tasks = catalogue.tasks();
        List<CustomerProfile> profiles = catalogue.profiles();
        List<Long> customers = tx.inNew(em -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Customer customer = new Customer("Pilotti Testi " + i, null, "fi", BEFORE_START.atStartOfDay());
                em.persist(customer);
                em.flush();
                ids.add(customer.getId());
            }
            return ids;
        });
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = BEFORE_START; !d.isAfter(PILOT_END); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        for (int i = 0; i < 240; i++) {
            long point = points.get(random.nextInt(4));
            LocalDate day = days.get(random.nextInt(days.size()));
            boolean guided = pilotPoints.contains(point) && !day.isBefore(PILOT_START);
            LocalDateTime arrived = day.atTime(9 + random.nextInt(7), random.nextInt(60));
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            CustomerProfile profile = random.nextInt(5) == 0 ? null : profiles.get(random.nextInt(profiles.size()));
            Long customer = random.nextInt(3) == 0 ? customers.get(random.nextInt(customers.size())) : null;
            int count = 1 + random.nextInt(3);
            long[] picks = random.longs(count, 0, tasks.size()).toArray();
            SupportLevel[] levels = new SupportLevel[count];
            boolean[] overrides = new boolean[count];
            for (int t = 0; t < count; t++) {
                int r = random.nextInt(10);
                levels[t] = guided
                        ? (r == 0
                                ? SupportLevel.SELF_SERVICE
                                : r == 9 ? SupportLevel.FULL_ASSISTANCE : SupportLevel.GUIDED)
                        : SupportLevel.values()[r % 3];
                overrides[t] = random.nextInt(5) == 0;
            }
            boolean noShow = random.nextInt(10) == 0;
            int wait = random.nextInt(40);
            int handle = 5 + random.nextInt(50);
            boolean[] selfDone = {random.nextBoolean(), random.nextBoolean(), random.nextBoolean()};
            int answer = noShow ? 0 : random.nextInt(6); // 1: before the close, 2: after, otherwise none
            int ces = 1 + random.nextInt(5);
            int nps = random.nextInt(11);
            long visitId = tx.inNew(em -> {
                Visit visit = new Visit(em.find(ServicePoint.class, point), channel, arrived);
                if (profile != null) {
                    visit.profileAs(em.find(CustomerProfile.class, profile.getId()));
                }
                if (customer != null) {
                    visit.identify(em.find(Customer.class, customer));
                }
                for (int t = 0; t < count; t++) {
                    VisitTask task = visit.add(
                            em.find(ServiceTask.class, tasks.get((int) picks[t]).getId()));
                    task.recommend(levels[t], null);
                    if (overrides[t]) {
                        task.apply(SupportLevel.values()[(levels[t].ordinal() + 1) % 3], OverrideReason.OTHER, null);
                    }
                }
                em.persist(visit);
                em.flush();
                return visit.getId();
            });
            if (answer == 1) {
                giveFeedback(visitId, point, ces, nps);
            }
            tx.inNew(em -> {
                Visit visit = em.find(Visit.class, visitId);
                if (noShow) {
                    visit.markNoShow(visit.getArrivedAt().plusMinutes(wait));
                } else {
                    visit.startService(null, visit.getArrivedAt().plusMinutes(wait));
                    int t = 0;
                    for (VisitTask task : visit.getTasks()) {
                        task.close(TaskOutcome.DONE, null, selfDone[t++]);
                    }
                    visit.finish(visit.getStartedAt().plusMinutes(handle));
                }
                em.flush();
                visitClosed.fire(new VisitClosed(visitId, point));
                return null;
            });
            if (answer == 2) {
                giveFeedback(visitId, point, ces, nps);
            }
        }

        String definition = "{\"name\":\"Ohjattu kokeilu\",\"hypothesis\":\"Ohjattuna enemmän\",\"ruleSetId\":"
                + ruleSetId + ",\"pilotPoints\":[\"PILOT_IT_P1\",\"PILOT_IT_P2\"],\"comparisonPoints\":[%s],"
                + "\"startsOn\":\"" + PILOT_START + "\",\"endsOn\":\"" + PILOT_END + "\",\"measures\":["
                + "{\"measure\":\"GUIDED_SHARE\",\"direction\":\"INCREASE\",\"minimumChange\":5},"
                + "{\"measure\":\"CES\",\"direction\":\"DECREASE\"}]}";
        String comparisons = "\"PILOT_IT_C1\",\"PILOT_IT_C2\"";
        // Only coordinators define pilots, only at their own points, and a broken definition saves nothing.
        assertThat(send("POST", "pilots", "supervisor", "asiointipiste", definition.formatted(comparisons))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> notTheirs =
                send("POST", "pilots", "coordinator", "asiointipiste", definition.formatted(comparisons));
        assertThat(notTheirs.statusCode()).isEqualTo(422);
        assertThat(json(notTheirs.body()).getString("code")).isEqualTo("pilots.error.notYourPoint");
        HttpResponse<String> inBoth = send(
                "POST", "pilots", "pilot.it", PILOT_PASSWORD, definition.formatted(comparisons + ",\"PILOT_IT_P1\""));
        assertThat(inBoth.statusCode()).isEqualTo(422);
        assertThat(json(inBoth.body()).getString("code")).isEqualTo("pilots.error.pointInBoth");
        assertThat(send("GET", "pilots", "pilot.it", PILOT_PASSWORD, null).body())
                .doesNotContain("Ohjattu kokeilu");
        HttpResponse<String> created =
                send("POST", "pilots", "pilot.it", PILOT_PASSWORD, definition.formatted(comparisons));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long pilotId = json(created.body()).getJsonNumber("id").longValue();
        assertThat(json(created.body()).getString("status")).isEqualTo("FINISHED");

        Long contactSeeking = catalogue.profile("CONTACT_SEEKING").orElseThrow().getId();
        Long kela = catalogue.agencies().stream()
                .filter(a -> a.getCode().equals("KELA"))
                .findFirst()
                .orElseThrow()
                .getId();
        for (Long[] narrowing : new Long[][] {{null, null}, {contactSeeking, null}, {null, kela}}) {
            Long profile = narrowing[0];
            Long agency = narrowing[1];
            HttpResponse<String> response = send(
                    "GET",
                    "pilots/" + pilotId + "/report?profile=" + (profile == null ? "all" : profile) + "&errands="
                            + (agency == null ? "all" : agency),
                    "pilot.it",
                    PILOT_PASSWORD,
                    null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject report = json(response.body());
            assertThat(report.getBoolean("started")).isTrue();
            assertThat(report.getJsonObject("periods").getString("beforeFrom")).isEqualTo(BEFORE_START.toString());
            Map<String, double[][]> recount = recountPilot(points, pilotPoints, profile, agency);
            int compared = 0;
            for (JsonValue m : report.getJsonArray("measures")) {
                JsonObject measure = m.asJsonObject();
                String name = measure.getString("measure");
                double[][] cells = recount.get(name);
                String[] keys = {"pilotBefore", "pilotDuring", "comparisonBefore", "comparisonDuring"};
                boolean anyWithheld = false;
                for (int c = 0; c < 4; c++) {
                    JsonObject value = measure.getJsonObject(keys[c]);
                    boolean small = smallCell(recount, name, c);
                    assertThat(value.getBoolean("withheld"))
                            .as(name + " " + keys[c] + " withheld")
                            .isEqualTo(small);
                    anyWithheld |= small;
                    if (!small) {
                        assertThat(value.getJsonNumber("observations").longValue())
                                .as(name + " " + keys[c] + " n")
                                .isEqualTo(Math.round(cells[c][1]));
                        if (cells[c][1] > 0) {
                            assertThat(value.getJsonNumber("value").doubleValue())
                                    .as(name + " " + keys[c])
                                    .isCloseTo(scale(name) * cells[c][0] / cells[c][1], within(1e-9));
                        }
                    }
                }
                double[] did = differenceInDifferences(cells, scale(name));
                JsonValue reported = measure.get("differenceInDifferences");
                if (anyWithheld || did == null) {
                    assertThat(reported == null || reported == JsonValue.NULL)
                            .as(name + " has no difference")
                            .isTrue();
                } else {
                    JsonObject d = reported.asJsonObject();
                    assertThat(d.getJsonNumber("estimate").doubleValue())
                            .as(name + " DiD")
                            .isCloseTo(did[0], within(1e-9));
                    assertThat(d.getJsonNumber("standardError").doubleValue())
                            .as(name + " SE")
                            .isCloseTo(did[1], within(1e-9));
                    assertThat(d.getJsonNumber("low").doubleValue())
                            .isCloseTo(did[0] - 1.959963984540054 * did[1], within(1e-9));
                    assertThat(d.getJsonNumber("high").doubleValue())
                            .isCloseTo(did[0] + 1.959963984540054 * did[1], within(1e-9));
                    compared++;
                }
            }
            assertThat(compared)
                    .as("measures with a difference in differences")
                    .isGreaterThanOrEqualTo(profile == null && agency == null ? 8 : 4);
            if (profile == null && agency == null) {
                JsonObject guided = report.getJsonArray("measures").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(m -> m.getString("measure").equals("GUIDED_SHARE"))
                        .findFirst()
                        .orElseThrow();
                assertThat(guided.getString("verdict"))
                        .as("most errands guided at the pilot points")
                        .isEqualTo("MET");
                assertThat(guided.getJsonObject("differenceInDifferences")
                                .getJsonNumber("low")
                                .doubleValue())
                        .isGreaterThan(5);
            }
        }

        // Reading: a user of only some of the pilot's points is refused, a clerk is not let in at all.
        for (String[] user : new String[][] {
            {"supervisor.tervo", "asiointipiste"}, {"pilot.it.sup", PILOT_PASSWORD}, {"coordinator", "asiointipiste"}
        }) {
            HttpResponse<String> refused = send("GET", "pilots/" + pilotId + "/report", user[0], user[1], null);
            assertThat(refused.statusCode()).as(user[0]).isEqualTo(409);
            assertThat(json(refused.body()).getString("code")).isEqualTo("pilots.report.notYourPoints");
        }
        assertThat(send("GET", "pilots/" + pilotId + "/report", "clerk", "asiointipiste", null)
                        .statusCode())
                .isEqualTo(403);

        StaffClient coordinator = new StaffClient(Deployments.loopback(url));
        assertThat(coordinator.signIn("pilot.it", PILOT_PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> page = coordinator.open("statistics/pilot-report.xhtml?id=" + pilotId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ohjattu kokeilu", "table-pilot-measures", "Onnistui: todellinen muutos")
                .doesNotContain("message-error");
        HttpResponse<byte[]> csv = coordinator.postForm(
                "statistics/pilot-report.xhtml?id=" + pilotId,
                page.body(),
                Map.of("report", "report", "report:csv-pilot-measures", ""));
        assertThat(csv.statusCode()).isEqualTo(200);
        String exported = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(exported)
                .contains("Pilotti: Ohjattu kokeilu", "Pilot test point 1", "Ero eroissa", "Ohjattujen asioiden osuus");
        String printed = coordinator
                .open("statistics/pilot-report-print.xhtml?id=" + pilotId)
                .body();
        assertThat(printed).contains("Ohjattu kokeilu", "Vertailupisteet: Pilot comparison point 1");
        assertThat(coordinator.open("rules/pilots.xhtml").body()).contains("Ohjattu kokeilu");

        StaffClient tervo = new StaffClient(Deployments.loopback(url));
        assertThat(tervo.signIn("supervisor.tervo", "asiointipiste").statusCode())
                .isEqualTo(302);
        HttpResponse<String> refusedPage = tervo.open("statistics/pilot-report.xhtml?id=" + pilotId);
        assertThat(refusedPage.statusCode()).isEqualTo(200);
        assertThat(refusedPage.body())
                .contains("message-error")
                .doesNotContain("table-pilot-measures")
                .doesNotContain("Ohjattu kokeilu");
        assertThat(tervo.open("rules/pilots.xhtml").statusCode()).isEqualTo(403);
        StaffClient clerk = new StaffClient(Deployments.loopback(url));
        assertThat(clerk.signIn("clerk", "asiointipiste").statusCode()).isEqualTo(302);
        assertThat(clerk.open("statistics/pilot-report.xhtml?id=" + pilotId).statusCode())
                .isEqualTo(403);
    }

    private static double scale(String measure) {
        return measure.endsWith("MINUTES") || measure.equals("CES") ? 1 : 100;
    }

    /**
     * Per measure, the four groups (pilot before, pilot during, comparison before, comparison during) as
     * {Σy, Σx, point-days, Σ(y − R·x)², numerator count} from the raw visits, after the point-day sums are formed.
     */
    private Map<String, double[][]> recountPilot(List<Long> points, Set<Long> pilotPoints, Long profile, Long agency) {
        return tx.inNew(em -> {
            Map<String, Map<String, double[]>> days = new TreeMap<>(); // measure → "group|point|day" → {y, x}
            List<Visit> visits = em.createQuery("SELECT v FROM Visit v WHERE v.servicePoint.id IN :p", Visit.class)
                    .setParameter("p", points)
                    .getResultList();
            Map<Long, List<Visit>> chains = new TreeMap<>();
            for (Visit v : visits) {
                if (v.getStatus() == VisitStatus.DONE && v.getCustomer() != null) {
                    chains.computeIfAbsent(v.getCustomer().getId(), c -> new ArrayList<>())
                            .add(v);
                }
            }
            for (Visit v : visits) {
                if (v.getStatus() != VisitStatus.DONE && v.getStatus() != VisitStatus.NO_SHOW) {
                    continue;
                }
                if (profile != null
                        && (v.getProfile() == null || !v.getProfile().getId().equals(profile))) {
                    continue;
                }
                String key = group(v, pilotPoints);
                if (key == null) {
                    continue;
                }
                // The errand figures count the chosen agency's errands only; the visit figures every visit.
                List<VisitTask> t = v.getTasks().stream()
                        .filter(x -> agency == null
                                || x.getTask().getAgency().getId().equals(agency))
                        .toList();
                add(
                        days,
                        "OVERRIDE_RATE",
                        key,
                        t.stream().filter(VisitTask::isOverridden).count(),
                        t.size());
                add(
                        days,
                        "SELF_DONE_SHARE",
                        key,
                        t.stream()
                                .filter(x -> Boolean.TRUE.equals(x.getCustomerDidItThemselves()))
                                .count(),
                        t.size());
                long levelled =
                        t.stream().filter(x -> x.getAppliedLevel() != null).count();
                for (int l = 0; l < 3; l++) {
                    SupportLevel level = SupportLevel.values()[l];
                    add(
                            days,
                            LEVEL_SHARES.get(l),
                            key,
                            t.stream().filter(x -> x.getAppliedLevel() == level).count(),
                            levelled);
                }
                if (v.getWaitingMinutes() != null) {
                    add(days, "WAITING_MINUTES", key, v.getWaitingMinutes(), 1);
                }
                if (v.getStatus() == VisitStatus.DONE) {
                    add(days, "HANDLING_MINUTES", key, v.getHandlingMinutes(), 1);
                }
                for (Feedback f : em.createQuery("SELECT f FROM Feedback f WHERE f.visitId = :v", Feedback.class)
                        .setParameter("v", v.getId())
                        .getResultList()) {
                    add(days, "CES", key, f.getCes(), 1);
                    add(days, "NPS", key, (f.getNps() >= 9 ? 1 : 0) - (f.getNps() <= 6 ? 1 : 0), 1);
                }
                if (v.getStatus() == VisitStatus.DONE && v.getCustomer() != null) {
                    List<Visit> chain = chains.get(v.getCustomer().getId());
                    chain.sort(java.util.Comparator.comparing(Visit::getEndedAt).thenComparing(Visit::getId));
                    int i = chain.indexOf(v);
                    if (i > 0 && level(v) > 0 && level(chain.get(i - 1)) > 0) {
                        add(days, "LIGHTER_SUPPORT_SHARE", key, level(v) < level(chain.get(i - 1)) ? 1 : 0, 1);
                    }
                }
            }
            Map<String, double[][]> groups = new TreeMap<>();
            for (String measure : List.of(
                    "SELF_SERVICE_SHARE",
                    "GUIDED_SHARE",
                    "FULL_ASSISTANCE_SHARE",
                    "WAITING_MINUTES",
                    "HANDLING_MINUTES",
                    "OVERRIDE_RATE",
                    "CES",
                    "NPS",
                    "SELF_DONE_SHARE",
                    "LIGHTER_SUPPORT_SHARE")) {
                double[][] g = new double[4][5];
                Map<String, double[]> byDay = days.getOrDefault(measure, Map.of());
                byDay.forEach((k, yx) -> {
                    if (yx[1] > 0) {
                        double[] cell = g[Integer.parseInt(k.substring(0, 1))];
                        cell[0] += yx[0];
                        cell[1] += yx[1];
                        cell[2]++;
                        cell[4] += yx[0];
                    }
                });
                byDay.forEach((k, yx) -> {
                    if (yx[1] > 0) {
                        double[] cell = g[Integer.parseInt(k.substring(0, 1))];
                        double r = cell[0] / cell[1];
                        cell[3] += (yx[0] - r * yx[1]) * (yx[0] - r * yx[1]);
                    }
                });
                groups.put(measure, g);
            }
            return groups;
        });
    }

    /** "0|point|day" pilot before, 1 pilot during, 2 comparison before, 3 comparison during; null outside. */
    private static String group(Visit v, Set<Long> pilotPoints) {
        LocalDate day = v.getArrivedAt().toLocalDate();
        if (day.isBefore(BEFORE_START) || day.isAfter(PILOT_END)) {
            return null;
        }
        int g = (pilotPoints.contains(v.getServicePoint().getId()) ? 0 : 2) + (day.isBefore(PILOT_START) ? 0 : 1);
        return g + "|" + v.getServicePoint().getId() + "|" + day;
    }

    private static void add(Map<String, Map<String, double[]>> days, String measure, String key, double y, double x) {
        double[] yx = days.computeIfAbsent(measure, m -> new TreeMap<>()).computeIfAbsent(key, k -> new double[2]);
        yx[0] += y;
        yx[1] += x;
    }

    /** The small-cell rule of the report, recounted: 1–4 observations, a share of 1–4, or a level share's partner. */
    private static boolean smallCell(Map<String, double[][]> recount, String measure, int cell) {
        double[] c = recount.get(measure)[cell];
        boolean share = measure.endsWith("SHARE") || measure.equals("OVERRIDE_RATE");
        if (small(c[1]) || share && small(c[4])) {
            return true;
        }
        if (!LEVEL_SHARES.contains(measure)) {
            return false;
        }
        List<String> hidden = LEVEL_SHARES.stream()
                .filter(l -> small(recount.get(l)[cell][1]) || small(recount.get(l)[cell][4]))
                .toList();
        if (hidden.size() != 1) {
            return false;
        }
        String smallest = LEVEL_SHARES.stream()
                .filter(l -> !hidden.contains(l) && recount.get(l)[cell][4] > 0)
                .min(java.util.Comparator.comparingDouble(l -> recount.get(l)[cell][4]))
                .orElse(null);
        return measure.equals(smallest);
    }

    private static boolean small(double n) {
        return n > 0 && n < 5;
    }

    /** {estimate, standard error} of the difference in differences, or null when a group has too little. */
    private static double[] differenceInDifferences(double[][] g, double scale) {
        double estimate = 0;
        double variance = 0;
        for (int c = 0; c < 4; c++) {
            if (g[c][1] < 5 || g[c][2] < 2) {
                return null;
            }
            double r = g[c][0] / g[c][1];
            estimate += (c == 1 || c == 2 ? 1 : -1) * r;
            variance += g[c][2] / (g[c][2] - 1) * g[c][3] / (g[c][1] * g[c][1]);
        }
        return new double[] {scale * estimate, scale * Math.sqrt(variance)};
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        Deployments.loopback(url).resolve("api/" + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Accept-Language", "fi");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
