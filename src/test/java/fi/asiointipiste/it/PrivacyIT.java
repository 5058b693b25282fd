package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.audit.control.AuditChain;
import fi.asiointipiste.audit.entity.AuditEvent;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.platform.text.HumanText;
import fi.asiointipiste.privacy.boundary.Retention;
import fi.asiointipiste.privacy.boundary.SubjectAccess;
import fi.asiointipiste.statistics.control.AggregateRebuild;
import fi.asiointipiste.statistics.control.AggregateTable;
import fi.asiointipiste.visits.boundary.Closing;
import fi.asiointipiste.visits.boundary.CustomerSearch;
import fi.asiointipiste.visits.boundary.Intake;
import fi.asiointipiste.visits.boundary.Queue;
import fi.asiointipiste.visits.boundary.Visits;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.TaskClosing;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12 in the container: identity reads scoped to the reader's points and audited, searches throttled, the audit
 * trail's hash chain and its check, the retention job (statistics unchanged), the subject-access report, and the
 * hostile inputs that need the database to show that nothing was stored.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    /** A Finnish personal identity code anywhere in a text (any century sign). */
    static final Pattern IDENTITY_CODE = Pattern.compile("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(PrivacyIT.class, TestTransactions.class, StaffClient.class, Deployments.class);
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL url;

    @Inject
    fi.asiointipiste.visits.boundary.Handoffs handoffs;

    @Inject
    fi.asiointipiste.visits.boundary.Appointments appointments;

    @Inject
    TestTransactions tx;

    @Inject
    Customers customers;

    @Inject
    CustomerSearch search;

    @Inject
    Queue queue;

    @Inject
    Intake intake;

    @Inject
    Visits visits;

    @Inject
    Closing closing;

    @Inject
    AuditLog audit;

    @Inject
    Retention retention;

    @Inject
    SubjectAccess subjectAccess;

    @Inject
    Databases databases;

    @Inject
    fi.asiointipiste.feedback.boundary.Kiosks kiosks;

    @Inject
    fi.asiointipiste.visits.boundary.Errands errands;

    @Inject
    fi.asiointipiste.rules.boundary.RuleSets ruleSets;

    @Test
    void aNameSearchFindsOnlyCustomersOfTheReadersPointsAndEveryHitIsAudited() {
        StaffUser clerk = user("clerk");
        StaffUser clerk2 = user("clerk2");
        Customer here = customers.create("Ilmari Scopeinen", null, "fi");
        long pielavesi = point("PIELAVESI");
        Visit visit = queue.walkIn(clerk, pielavesi, true);
        intake.identify(clerk, visit.getId(), visit.getVersion(), here.getId());

        assertThat(search.search(clerk, "scopeinen"))
                .extracting(Customer::getId)
                .containsExactly(here.getId());
        assertThat(audit.about("Customer", here.getId(), 50))
                .extracting(AuditEvent::getAction)
                .contains(Customers.LISTED, Customers.OPENED);
        assertThat(clerk2.getServicePoints()).noneMatch(p -> p.getId() == pielavesi);
        long listedBefore = count(Customers.LISTED, here.getId());
        assertThat(search.search(clerk2, "scopeinen"))
                .as("another point's customer does not exist for clerk2")
                .isEmpty();
        assertThat(count(Customers.LISTED, here.getId())).isEqualTo(listedBefore);

        assertRefused(() -> search.search(clerk, "%%"), "frontDesk.customer.searchInvalid");
        assertRefused(() -> search.search(clerk, "__"), "frontDesk.customer.searchInvalid");
        assertRefused(() -> search.search(clerk, "s%"), "frontDesk.customer.searchInvalid");
    }

    @Test
    void earlierVisitsShowOnlyTheReadersPointsAndAreAudited() {
        StaffUser clerk = user("clerk");
        Customer who = customers.create("Aino Aiempinen", null, "fi");
        Visit atKeitele = queue.walkIn(clerk, point("KEITELE"), true);
        intake.identify(clerk, atKeitele.getId(), atKeitele.getVersion(), who.getId());
        Visit atPielavesi = queue.walkIn(clerk, point("PIELAVESI"), true);
        Visit identified = intake.identify(clerk, atPielavesi.getId(), atPielavesi.getVersion(), who.getId());

        long pielavesi = point("PIELAVESI");
        tx.inNew(em -> {
            StaffUser u = new StaffUser(
                    "pielavesi-only",
                    "Pielavesi Only",
                    "not-a-hash",
                    java.util.EnumSet.of(fi.asiointipiste.organisation.entity.Role.CLERK));
            u.worksAt(em.find(ServicePoint.class, pielavesi));
            em.persist(u);
            return u.getId();
        });
        StaffUser pielavesiOnly = user("pielavesi-only");
        assertThat(intake.earlierVisits(clerk, identified))
                .extracting(Visit::getId)
                .contains(atKeitele.getId());
        assertThat(intake.earlierVisits(pielavesiOnly, identified))
                .extracting(Visit::getId)
                .doesNotContain(atKeitele.getId());
        assertThat(audit.about("Customer", who.getId(), 50))
                .extracting(AuditEvent::getAction)
                .contains(Intake.EARLIER_SHOWN);

        visits.open(clerk, identified.getId());
        assertThat(audit.about("Customer", who.getId(), 50))
                .extracting(AuditEvent::getAction)
                .contains(Visits.SHOWN_ON_VISIT);
    }

    @Test
    void searchesBeyondTheLimitAreRefused() {
        StaffUser supervisor = user("supervisor");
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            try {
                search.search(supervisor, "nobodyhasthisname");
            } catch (RefusedAction refused) {
                refusals.add(refused.key());
            }
        }
        assertThat(refusals).containsExactly("frontDesk.customer.searchLimit");
        assertThat(Messages.text(Locale.ENGLISH, "frontDesk.customer.searchLimit", 30, 10))
                .contains("30");
    }

    @Test
    void theChainIsWholeAndAChangedEventIsTheFirstBrokenLink() throws Exception {
        customers.create("Ketju Testinen", null, "fi");
        AuditLog.ChainReport whole = audit.verifyChain();
        assertThat(whole.intact()).as(String.valueOf(whole.firstBreak())).isTrue();
        assertThat(whole.checked()).isPositive();

        AuditEvent victim = audit.ofAction("CUSTOMER_CREATED", 1).get(0);
        try (Connection c = databases.ownerDataSource().getConnection();
                Statement s = c.createStatement()) {
            // What an attacker with the owner's credentials could do; the application's own user cannot (below).
            s.executeUpdate("UPDATE audit_event SET actor = 'nobody' WHERE id = " + victim.getId());
        }
        try {
            AuditLog.ChainReport broken = audit.verifyChain();
            assertThat(broken.firstBreak())
                    .isEqualTo(new AuditChain.Break(victim.getChainSeq(), victim.getId(), AuditChain.Problem.CHANGED));
        } finally {
            try (Connection c = databases.ownerDataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate(
                        "UPDATE audit_event SET actor = '" + victim.getActor() + "' WHERE id = " + victim.getId());
            }
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    /**
     * The application's own data source (its pool, the user every request runs as) may only append to the audit trail
     * and read it: UPDATE, DELETE and TRUNCATE are refused for lack of rights, on H2 and PostgreSQL alike, and nothing
     * changes; an INSERT and a SELECT work (rolled back, so the chain stays whole).
     */
    @Test
    void theApplicationsOwnDataSourceMayOnlyAppendToTheAuditTrail() throws Exception {
        customers.create("Lisäys Testinen", null, "fi");
        AuditEvent last = audit.ofAction("CUSTOMER_CREATED", 1).get(0);
        String owner;
        try (Connection c = databases.ownerDataSource().getConnection()) {
            owner = c.getMetaData().getUserName();
        }
        try (Connection c = databases.dataSource().getConnection();
                Statement s = c.createStatement()) {
            assertThat(c.getMetaData().getUserName()).as("the pool's user").isNotEqualToIgnoringCase(owner);
            long before = count(s, "SELECT COUNT(*) FROM audit_event");
            for (String forbidden : List.of(
                    "UPDATE audit_event SET actor = 'nobody' WHERE id = " + last.getId(),
                    "DELETE FROM audit_event WHERE id = " + last.getId(),
                    "DELETE FROM audit_event",
                    "TRUNCATE TABLE audit_event")) {
                assertThatThrownBy(() -> s.executeUpdate(forbidden))
                        .as(forbidden)
                        .isInstanceOfSatisfying(
                                java.sql.SQLException.class,
                                e -> assertThat(e.getSQLState())
                                        .as(e.getMessage())
                                        .isIn(
                                                "42501",
                                                "90096")); // PostgreSQL insufficient_privilege, H2 not enough rights
            }
            assertThat(count(s, "SELECT COUNT(*) FROM audit_event")).isEqualTo(before);
            assertThat(count(s, "SELECT COUNT(*) FROM audit_event WHERE actor = 'nobody'"))
                    .isZero();

            c.setAutoCommit(false);
            try {
                s.executeUpdate("INSERT INTO audit_event (id, occurred_at, actor, action)"
                        + " VALUES (-1, CURRENT_TIMESTAMP, 'append-only-probe', 'PROBE')");
                assertThat(count(s, "SELECT COUNT(*) FROM audit_event WHERE actor = 'append-only-probe'"))
                        .isEqualTo(1);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void retentionAnonymisesExpiredCustomersAndEveryStatisticStaysTheSame() throws Exception {
        LocalDateTime longAgo = LocalDateTime.now()
                .minusYears(4)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        long customerId = tx.inNew(em -> {
            Customer c = new Customer("Vanha Asiakas", validCode(), "fi", longAgo.minusDays(30));
            em.persist(c);
            em.flush();
            return c.getId();
        });
        List<Long> visitIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDateTime arrived = longAgo.plusDays(i * 7L);
            visitIds.add(tx.inNew(em -> {
                Visit v = new Visit(em.find(ServicePoint.class, point("PIELAVESI")), Channel.WALK_IN, arrived);
                v.identify(em.find(Customer.class, customerId));
                v.startService(em.find(StaffUser.class, user("clerk").getId()), arrived.plusMinutes(5));
                ServiceTask task = em.createQuery("SELECT t FROM ServiceTask t ORDER BY t.id", ServiceTask.class)
                        .setMaxResults(1)
                        .getSingleResult();
                v.add(task);
                em.persist(v);
                em.flush();
                VisitTask added = v.getTasks().get(0);
                added.recommend(fi.asiointipiste.routing.entity.SupportLevel.GUIDED, null);
                v.close(
                        Map.of(added.getId(), new TaskClosing(added.getId(), TaskOutcome.DONE, null, false)),
                        "Asiakas kertoi muuttavansa Kuopioon",
                        null,
                        arrived.toLocalDate(),
                        arrived.plusMinutes(20));
                return v.getId();
            }));
        }
        AggregateRebuild rebuild = new AggregateRebuild(databases.dataSource());
        rebuild.run();
        rebuild.runIndependence();
        Map<String, List<String>> before = snapshot();

        int anonymised = retention.run();
        int again = retention.run();

        assertThat(anonymised).isGreaterThanOrEqualTo(1);
        assertThat(again).as("a second run finds nothing left (restartable)").isZero();
        Customer gone = tx.inNew(em -> em.find(Customer.class, customerId));
        assertThat(gone.isAnonymised()).isTrue();
        assertThat(gone.getFullName()).isNull();
        assertThat(gone.identityCode()).isEmpty();
        for (long id : visitIds) {
            Visit v = tx.inNew(em -> em.find(Visit.class, id));
            assertThat(v.getNotes()).isNull();
            assertThat(v.getCustomer().getId()).as("the pseudonym stays").isEqualTo(customerId);
        }
        assertThat(audit.about("Customer", customerId, 20))
                .extracting(AuditEvent::getAction)
                .contains(Customers.ANONYMISED);
        assertThat(audit.ofAction(Retention.RUN, 2)).hasSize(2);

        assertThat(snapshot()).as("aggregates after the job").isEqualTo(before);
        rebuild.run();
        rebuild.runIndependence();
        assertThat(snapshot()).as("a recount of the raw rows after the job").isEqualTo(before);
    }

    @Test
    void theSubjectAccessReportShowsWhatIsHeldAndWhoReadItWithoutTheCodeInItsExport() {
        StaffUser clerk = user("clerk");
        String code = "020202A9" + "98" + checkOf("020202998");
        Customer person = customers.create("Sanni Selvitys", code, "sv");
        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        intake.identify(clerk, visit.getId(), visit.getVersion(), person.getId());

        SubjectAccess.Report report = subjectAccess.report(code);
        assertThat(report.customer().getId()).isEqualTo(person.getId());
        assertThat(report.customer().isTemporaryIdentityCode()).isTrue();
        assertThat(report.visits()).extracting(Visit::getId).contains(visit.getId());
        assertThat(report.reads()).extracting(AuditEvent::getAction).contains(Customers.OPENED);
        // In the container no one is signed in: the actor of these reads is "system"; on a page it is the clerk.
        assertThat(report.reads())
                .filteredOn(e -> e.getAction().equals(Customers.OPENED))
                .extracting(AuditEvent::getAfterState)
                .contains("visit " + visit.getId());
        assertThat(audit.about("Customer", person.getId(), 50))
                .extracting(AuditEvent::getAction)
                .contains(SubjectAccess.REPORTED);

        String csv =
                new String(SubjectAccess.csv(report, k -> Messages.text(Locale.ENGLISH, k)), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Sanni Selvitys")
                .contains("020202A****")
                .contains("2002-02-02")
                .contains(Customers.OPENED)
                .contains("visit " + visit.getId());
        assertThat(IDENTITY_CODE.matcher(csv).find())
                .as("no identity code in the export")
                .isFalse();
        assertThat(subjectAccess.report(person.getId().toString()).customer().getId())
                .isEqualTo(person.getId());
        assertRefused(() -> subjectAccess.report("999999999"), "privacy.subject.notFound");
        assertRefused(() -> subjectAccess.report("x' OR a=a"), "privacy.subject.queryInvalid");
    }

    @Test
    void hostileCustomerInputIsRefusedWithAMessageAndNothingIsStored() {
        long before = customerCount();
        assertRefused(() -> customers.create("#{7*7}", null, "fi"), HumanText.NAME_CHARACTERS);
        assertRefused(() -> customers.create("${7*7}", null, "fi"), HumanText.NAME_CHARACTERS);
        assertRefused(() -> customers.create("<script>alert(1)</script>", null, "fi"), HumanText.NAME_CHARACTERS);
        assertRefused(() -> customers.create("Matti \u202Enenialliv", null, "fi"), HumanText.CONTROL);
        assertRefused(() -> customers.create("Matti\u0000Virtanen", null, "fi"), HumanText.CONTROL);
        assertRefused(() -> customers.create("\u200B\u200B", null, "fi"), "frontDesk.customer.nameRequired");
        assertRefused(() -> customers.create("a".repeat(10_000), null, "fi"), HumanText.TOO_LONG);
        assertRefused(
                () -> customers.create("Tuleva Syntynyt", "010199A" + "002" + checkOf("010199002"), "fi"),
                "customers.code.futureDate");
        assertRefused(() -> customers.create("Viiva Vaara", "131052\u2013308T", "fi"), "customers.code.lookalikeDash");
        assertRefused(() -> customers.create("Nolla Numero", "131052-000S", "fi"), "customers.code.individualNumber");
        assertRefused(() -> customers.create("Kieli Vaara", null, "klingon"), "frontDesk.intake.languageInvalid");
        assertThat(customerCount()).as("nothing stored").isEqualTo(before);

        // Each century sign of the 2023 reform is a different person: both are stored, neither is "taken".
        Customer dash = customers.create("Vuosisata Viiva", "030303-303" + checkOf("030303303"), "fi");
        Customer y = customers.create("Vuosisata Yy", "030303Y303" + checkOf("030303303"), "fi");
        assertThat(dash.getId()).isNotEqualTo(y.getId());
    }

    @Test
    void aHostileClosingNoteIsRefusedAndTheVisitStaysOpen() {
        StaffUser clerk = user("clerk");
        Visit visit = queue.walkIn(clerk, point("KEITELE"), true);
        long taskId = tx.inNew(em -> {
            Visit v = em.find(Visit.class, visit.getId());
            ServiceTask task = em.createQuery("SELECT t FROM ServiceTask t ORDER BY t.id", ServiceTask.class)
                    .setMaxResults(1)
                    .getSingleResult();
            VisitTask added = v.add(task);
            added.recommend(fi.asiointipiste.routing.entity.SupportLevel.GUIDED, null);
            em.flush();
            return added.getId();
        });
        Map<Long, TaskClosing> done = Map.of(taskId, new TaskClosing(taskId, TaskOutcome.DONE, null, false));
        for (String note :
                List.of("x".repeat(10_000), "ok #{7*7}", "ok ${7*7}", "<script>x</script>", "a\u0000b", "\u202Eevil")) {
            Visit fresh = visits.visit(clerk, visit.getId());
            assertThatThrownBy(() -> closing.close(clerk, fresh.getId(), fresh.getVersion(), done, note, null))
                    .isInstanceOf(RefusedAction.class);
            assertThat(visits.visit(clerk, visit.getId()).isOpen()).isTrue();
        }
    }

    /**
     * Every log record written anywhere in the server while identity codes are typed, searched, refused, opened and
     * reported is scanned for the pattern of an identity code: none may carry one (message, parameters, exception).
     */
    @Test
    void noIdentityCodeReachesTheLog() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                StringBuilder all = new StringBuilder(String.valueOf(r.getMessage()));
                if (r.getParameters() != null) {
                    for (Object p : r.getParameters()) {
                        all.append(' ').append(p);
                    }
                }
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    all.append(' ').append(t);
                }
                logged.add(all.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        root.addHandler(capture);
        try {
            StaffUser clerk = user("clerk");
            String code = "040404-404" + checkOf("040404404");
            Customer c = customers.create("Loki Testinen", code, "fi");
            search.search(clerk, code);
            assertThatThrownBy(() -> customers.create("Loki Toinen", code, "fi"))
                    .isInstanceOf(RefusedAction.class);
            assertThatThrownBy(() -> search.search(clerk, "040404-404X")).isInstanceOf(RefusedAction.class);
            assertThatThrownBy(() -> customers.create("Loki Kolmas", "010199A002" + checkOf("010199002"), "fi"))
                    .isInstanceOf(RefusedAction.class);
            Visit visit = queue.walkIn(clerk, point("KEITELE"), true);
            intake.identify(clerk, visit.getId(), visit.getVersion(), c.getId());
            subjectAccess.report(code);
            retention.run();
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
        assertThat(logged).as("log records captured").isNotEmpty();
        assertThat(logged).noneMatch(line -> IDENTITY_CODE.matcher(line).find());
    }

    /** Four kiosk tabs answer one visit at once: one answer is stored, the others get the translated refusal. */
    @Test
    void fourKioskTabsAnsweringOneVisitAtOnceStoreOneAnswerAndNoServerError() throws Exception {
        StaffUser clerk2 = user("clerk2");
        long tervo = point("TERVO");
        fi.asiointipiste.feedback.entity.KioskToken token = kiosks.issue(tervo, "race tablet");
        Visit visit = queue.walkIn(clerk2, tervo, true);
        Visit profiled = intake.profile(clerk2, visit.getId(), visit.getVersion(), "SELF_DIRECTED");
        VisitTask task = errands.addTask(clerk2, visit.getId(), profiled.getVersion(), "TAX_CARD");
        closing.close(
                clerk2,
                visit.getId(),
                visits.visit(clerk2, visit.getId()).getVersion(),
                Map.of(task.getId(), new TaskClosing(task.getId(), TaskOutcome.DONE, null, true)),
                null,
                null);
        List<String> outcomes = race(4, () -> {
            kiosks.answer(token.getToken(), visit.getId(), 2, 8, null);
            return "stored";
        });
        assertThat(outcomes).containsOnly("stored", "kiosk.alreadyAnswered");
        assertThat(outcomes).filteredOn("stored"::equals).hasSize(1);
    }

    /** Two coordinators save a draft at the same moment: one gets the next version, the other a translated refusal. */
    @Test
    void draftsRacingForTheNextVersionEndInARefusalNotAServerError() throws Exception {
        String dmn;
        try (java.io.InputStream in =
                PrivacyIT.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> outcomes =
                race(4, () -> "v" + ruleSets.draft("Race", dmn, "race").getVersionNo());
        assertThat(outcomes).allMatch(o -> o.startsWith("v") || o.equals("rules.versionRace"));
        assertThat(outcomes.stream().filter(o -> o.startsWith("v")).distinct().count())
                .isEqualTo(outcomes.stream().filter(o -> o.startsWith("v")).count());
    }

    /**
     * A clerk of Tervo and Vesanto (clerk2) puts the ids of a Pielavesi visit, its errand, hand-off and appointment
     * into every page parameter and every REST path that takes one: each is refused (404/403 with the translated
     * message, the Pielavesi customer's name nowhere), nothing changes, and the attempts on the visit and the
     * appointment are in the audit trail.
     */
    @Test
    void anotherPointsIdsInEveryPageParameterAndRestPathAreRefusedAndNothingChanges() throws Exception {
        StaffUser clerk = user("clerk");
        long pielavesi = point("PIELAVESI");
        Customer who = customers.create("Rajatta Toispisteinen", null, "fi");
        Visit walkIn = queue.walkIn(clerk, pielavesi, true);
        Visit identified = intake.identify(clerk, walkIn.getId(), walkIn.getVersion(), who.getId());
        Visit profiled = intake.profile(clerk, walkIn.getId(), identified.getVersion(), "MULTI_UNSKILLED");
        VisitTask task = errands.addTask(clerk, walkIn.getId(), profiled.getVersion(), "RENTAL_APARTMENT");
        fi.asiointipiste.visits.entity.Handoff handoff = handoffs.request(
                clerk,
                walkIn.getId(),
                task.getId(),
                "KELA",
                fi.asiointipiste.visits.entity.HandoffMode.REMOTE_VIDEO,
                null,
                "video room 9",
                false,
                true,
                true);
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(20);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        fi.asiointipiste.visits.entity.Appointment appointment = appointments.book(
                clerk,
                pielavesi,
                new fi.asiointipiste.visits.boundary.Booking(
                                day, java.time.LocalTime.of(14, 35), 20, List.of("TAX_CARD"))
                        .withCustomer(who.getId())
                        .withNote("Rajatta tuo vuokrasopimuksen"));
        Visit before = visits.visit(clerk, walkIn.getId());
        long visitId = walkIn.getId();
        long taskId = task.getId();
        long visitsAtPoint = visitCountAt(pielavesi);

        StaffClient clerk2 = new StaffClient(Deployments.loopback(url));
        assertThat(clerk2.signIn("clerk2", "asiointipiste").statusCode()).isEqualTo(302);
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("front-desk/visit.xhtml?id=" + visitId, "frontDesk.visit.notFound");
        pages.put("front-desk/summary.xhtml?id=" + visitId, "frontDesk.visit.notFound");
        pages.put("front-desk/index.xhtml?point=" + pielavesi, "frontDesk.pointNotYours");
        pages.put("front-desk/appointments.xhtml?point=" + pielavesi, "frontDesk.pointNotYours");
        pages.put("front-desk/closing-report.xhtml?point=" + pielavesi, "frontDesk.pointNotYours");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            java.net.http.HttpResponse<String> r = clerk2.open(page.getKey());
            String body = unescaped(r.body());
            assertThat(r.statusCode()).as(page.getKey()).isIn(200, 403, 404);
            assertThat(body)
                    .as(page.getKey())
                    .contains(Messages.text(new Locale("fi"), page.getValue()))
                    .doesNotContain("Rajatta")
                    .doesNotContain("Toispisteinen")
                    .doesNotContain("video room 9");
        }

        String version = "\"" + before.getVersion() + "\"";
        String handoffVersion = "\"" + handoff.getVersion() + "\"";
        record Call(String method, String path, String body, String ifMatch, int status) {}
        List<Call> calls = List.of(
                new Call("GET", "visits/" + visitId, null, null, 404),
                new Call("PATCH", "visits/" + visitId, "{\"language\":\"sv\"}", version, 404),
                new Call("PATCH", "visits/" + visitId, "{\"status\":\"NO_SHOW\"}", version, 404),
                new Call("POST", "visits/" + visitId + "/tasks", "{\"taskCode\":\"TAX_CARD\"}", version, 404),
                new Call(
                        "PATCH",
                        "visits/" + visitId + "/tasks/" + taskId,
                        "{\"appliedLevel\":\"GUIDED\",\"overrideReason\":\"OTHER\",\"overrideNote\":\"x\"}",
                        version,
                        404),
                new Call(
                        "POST",
                        "visits/" + visitId + "/close",
                        "{\"outcomes\":[{\"taskId\":" + taskId + ",\"outcome\":\"DONE\"}]}",
                        version,
                        404),
                new Call("GET", "visits?point=" + pielavesi, null, null, 403),
                new Call("POST", "visits", "{\"servicePointId\":" + pielavesi + ",\"serveNow\":true}", null, 403),
                new Call("GET", "handoffs/" + handoff.getId(), null, null, 404),
                new Call("POST", "handoffs/" + handoff.getId() + "/accept", "{}", handoffVersion, 404),
                new Call("POST", "handoffs/" + handoff.getId() + "/join", "{}", handoffVersion, 404),
                new Call(
                        "POST",
                        "handoffs/" + handoff.getId() + "/complete",
                        "{\"outcome\":\"done\"}",
                        handoffVersion,
                        404),
                new Call(
                        "POST",
                        "handoffs/" + handoff.getId() + "/cancel",
                        "{\"reason\":\"not needed\"}",
                        handoffVersion,
                        404),
                new Call(
                        "POST",
                        "handoffs",
                        "{\"visitId\":" + visitId + ",\"taskId\":" + taskId
                                + ",\"agency\":\"TE\",\"mode\":\"REMOTE_VIDEO\",\"clerkStays\":true,"
                                + "\"customerConsents\":true}",
                        null,
                        404),
                new Call("GET", "appointments/" + appointment.getId(), null, null, 404),
                new Call("GET", "appointments?point=" + pielavesi + "&from=" + day, null, null, 403),
                new Call(
                        "POST",
                        "appointments",
                        "{\"servicePointId\":" + pielavesi + ",\"day\":\"" + day
                                + "\",\"start\":\"15:30\",\"minutes\":20,\"taskCodes\":[\"TAX_CARD\"]}",
                        null,
                        403),
                new Call("GET", "routing/visit-tasks/" + taskId + "/explanation", null, null, 403));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic "
                + java.util.Base64.getEncoder().encodeToString("clerk2:asiointipiste".getBytes(StandardCharsets.UTF_8));
        for (Call call : calls) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            Deployments.loopback(url).resolve("api/" + call.path()))
                    .header("Authorization", basic)
                    .header("Accept", "application/json")
                    .header("Accept-Language", "en")
                    .method(
                            call.method(),
                            call.body() == null
                                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                    : java.net.http.HttpRequest.BodyPublishers.ofString(call.body()));
            if (call.body() != null) {
                request.header(
                        "Content-Type",
                        call.method().equals("PATCH") ? "application/merge-patch+json" : "application/json");
            }
            if (call.ifMatch() != null) {
                request.header("If-Match", call.ifMatch());
            }
            java.net.http.HttpResponse<String> r =
                    http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String what = call.method() + " " + call.path();
            assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(call.status());
            assertThat(r.body())
                    .as(what)
                    .doesNotContain("Rajatta")
                    .doesNotContain("Toispisteinen")
                    .doesNotContain("video room 9");
            if (call.status() == 404 && !call.path().startsWith("routing")) {
                assertThat(r.body()).as(what).contains("\"title\"");
            }
        }

        Visit after = visits.visit(clerk, visitId);
        assertThat(after.getVersion()).as("the visit did not change").isEqualTo(before.getVersion());
        assertThat(after.getTasks()).hasSize(1);
        assertThat(after.isOpen()).isTrue();
        assertThat(handoffs.handoff(clerk, handoff.getId()).getVersion()).isEqualTo(handoff.getVersion());
        assertThat(handoffs.ofVisit(clerk, visitId)).hasSize(1);
        assertThat(appointments.appointment(clerk, appointment.getId()).getVersion())
                .isEqualTo(appointment.getVersion());
        assertThat(visitCountAt(pielavesi)).as("no visit added").isEqualTo(visitsAtPoint);
        assertThat(audit.about("Visit", visitId, 100))
                .filteredOn(e -> e.getAction().equals(AuditLog.OUT_OF_SCOPE))
                .extracting(AuditEvent::getActor)
                .isNotEmpty()
                .containsOnly("clerk2");
        assertThat(audit.about("Appointment", appointment.getId(), 100))
                .filteredOn(e -> e.getAction().equals(AuditLog.OUT_OF_SCOPE))
                .extracting(AuditEvent::getActor)
                .isNotEmpty()
                .containsOnly("clerk2");
        // The hand-off's read and the specialist's three steps: each one refused read of the hand-off (the desk's
        // cancel needs the visit first and is recorded against the visit, above).
        assertThat(audit.about("Handoff", handoff.getId(), 100))
                .filteredOn(e -> e.getAction().equals(AuditLog.OUT_OF_SCOPE))
                .extracting(AuditEvent::getActor, AuditEvent::getAfterState)
                .hasSize(4)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("clerk2", "point " + pielavesi));
    }

    private long visitCountAt(long pointId) {
        return tx.inNew(em -> em.createQuery("SELECT COUNT(v) FROM Visit v WHERE v.servicePoint.id = :p", Long.class)
                .setParameter("p", pointId)
                .getSingleResult());
    }

    /** The page's text as a person reads it: the entities the pages write for quotes and apostrophes undone. */
    private static String unescaped(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /**
     * Retention erases the free texts of appointments like those of visits: the note and cancel reason of an expired
     * customer's bookings with the customer, and of a booking without an identified customer once it started before
     * the cut-off; a recent booking's note stays, and time, point, errands and status stay for the statistics.
     */
    @Test
    void retentionErasesAppointmentNotesOfExpiredCustomersAndOfOldUnidentifiedBookings() {
        LocalDateTime longAgo = LocalDateTime.now()
                .minusYears(4)
                .withHour(11)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        long pielavesi = point("PIELAVESI");
        long customerId = tx.inNew(em -> {
            Customer c = new Customer("Varaus Vanhanen", null, "fi", longAgo.minusDays(30));
            em.persist(c);
            em.flush();
            return c.getId();
        });
        long ofCustomer = appointmentAt(pielavesi, longAgo, customerId, "Varaus Vanhanen tuo paperit", "sairastui");
        long unidentified = appointmentAt(pielavesi, longAgo.plusDays(1), null, "Liisa soittaa ennen", null);
        long recent = appointmentAt(
                pielavesi, LocalDateTime.now().minusDays(3).withNano(0), null, "Tuore varaus: Pekka", null);

        retention.run();

        fi.asiointipiste.visits.entity.Appointment erased = appointment(ofCustomer);
        assertThat(erased.getNote()).isNull();
        assertThat(erased.getCancelReason()).isNull();
        assertThat(erased.getStartsAt()).isEqualTo(longAgo);
        assertThat(erased.getStatus()).isEqualTo(fi.asiointipiste.visits.entity.AppointmentStatus.CANCELLED);
        assertThat(erased.getTasks()).isNotEmpty();
        assertThat(tx.inNew(em -> em.find(Customer.class, customerId)).isAnonymised())
                .isTrue();
        assertThat(audit.about("Customer", customerId, 20))
                .filteredOn(e -> e.getAction().equals(Customers.ANONYMISED))
                .extracting(AuditEvent::getAfterState)
                .anyMatch(after -> after.contains("1 appointment notes erased"));
        assertThat(appointment(unidentified).getNote()).isNull();
        assertThat(appointment(recent).getNote()).isEqualTo("Tuore varaus: Pekka");
        assertThat(audit.ofAction(Retention.RUN, 1).get(0).getAfterState())
                .contains("unidentified appointment notes erased");
    }

    /**
     * The nightly timer fires on every node of a cluster: only the node that takes the night's lease runs the job.
     * Four runs at once (four nodes) give one run and three that do nothing (no audit event, no log noise); a run
     * later the same night does nothing either.
     */
    @Test
    void theNightlyRetentionRunsOnceAcrossConcurrentNodes() throws Exception {
        expireRetentionLease();
        try {
            long runsBefore = audit.ofAction(Retention.RUN, 100_000).size();
            List<String> outcomes = race(4, () -> retention.nightly().isPresent() ? "ran" : "skipped");
            assertThat(outcomes).filteredOn("ran"::equals).hasSize(1);
            assertThat(outcomes).filteredOn("skipped"::equals).hasSize(3);
            assertThat(retention.nightly()).as("a later timer the same night").isEmpty();
            assertThat(audit.ofAction(Retention.RUN, 100_000)).hasSize((int) runsBefore + 1);
            fi.asiointipiste.privacy.entity.JobLease lease =
                    tx.inNew(em -> em.find(fi.asiointipiste.privacy.entity.JobLease.class, "retention"));
            assertThat(lease.getHolder()).isNotBlank();
            assertThat(lease.getUntil()).isAfter(LocalDateTime.now().plusHours(19));
            expireRetentionLease();
            assertThat(retention.nightly()).as("the next night").isPresent();
        } finally {
            expireRetentionLease();
        }
    }

    /** The subject-access report lists the person's appointments at every point, on the page and in the export. */
    @Test
    void theSubjectAccessReportListsThePersonsAppointments() {
        StaffUser clerk = user("clerk");
        String code = "050505-505" + checkOf("050505505");
        Customer person = customers.create("Ajan Varaaja", code, "fi");
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(30);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        fi.asiointipiste.visits.entity.Appointment booked = appointments.book(
                clerk,
                point("KEITELE"),
                new fi.asiointipiste.visits.boundary.Booking(
                                day, java.time.LocalTime.of(13, 25), 30, List.of("TAX_CARD"))
                        .withCustomer(person.getId())
                        .withNote("Tuo verokortin liitteet"));

        SubjectAccess.Report report = subjectAccess.report(code);
        assertThat(report.appointments())
                .extracting(fi.asiointipiste.visits.entity.Appointment::getId)
                .containsExactly(booked.getId());
        fi.asiointipiste.visits.entity.Appointment shown = report.appointments().get(0);
        assertThat(shown.getServicePoint().getCode()).isEqualTo("KEITELE");
        assertThat(shown.getTasks()).extracting(ServiceTask::getCode).containsExactly("TAX_CARD");
        assertThat(audit.about("Customer", person.getId(), 50))
                .extracting(AuditEvent::getAction)
                .contains(SubjectAccess.REPORTED);

        String csv =
                new String(SubjectAccess.csv(report, k -> Messages.text(Locale.ENGLISH, k)), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Appointments at every service point")
                .contains(day.atTime(13, 25) + "–13:55")
                .contains(shown.getServicePoint().getName())
                .contains("TAX_CARD")
                .contains("BOOKED")
                .contains("Tuo verokortin liitteet");
        assertThat(IDENTITY_CODE.matcher(csv).find()).isFalse();
    }

    private long appointmentAt(long pointId, LocalDateTime start, Long customerId, String note, String cancelReason) {
        return tx.inNew(em -> {
            fi.asiointipiste.visits.entity.Appointment a = new fi.asiointipiste.visits.entity.Appointment(
                    em.find(ServicePoint.class, pointId), "clerk", start.minusDays(7));
            a.schedule(start, start.plusMinutes(20));
            ServiceTask task = em.createQuery("SELECT t FROM ServiceTask t ORDER BY t.id", ServiceTask.class)
                    .setMaxResults(1)
                    .getSingleResult();
            a.plan(List.of(task), customerId == null ? null : em.find(Customer.class, customerId), note, null, false);
            if (cancelReason != null) {
                a.cancel(cancelReason);
            }
            em.persist(a);
            em.flush();
            return a.getId();
        });
    }

    private fi.asiointipiste.visits.entity.Appointment appointment(long id) {
        return tx.inNew(em -> {
            fi.asiointipiste.visits.entity.Appointment a =
                    em.find(fi.asiointipiste.visits.entity.Appointment.class, id);
            a.getTasks().size();
            return a;
        });
    }

    private void expireRetentionLease() throws Exception {
        try (Connection c = databases.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE job_lease SET lease_until = TIMESTAMP '2000-01-01 00:00:00' WHERE name = 'retention'");
        }
    }

    /**
     * A NUL character (U+0000; PostgreSQL cannot store one in text) in a JSON string and in a plain Faces form field
     * ends in the translated refusal, not a server error, and nothing is stored; the same requests without the NUL
     * are accepted (so the refusal is the NUL's).
     */
    @Test
    void aNulCharacterInJsonAndInAFormFieldIsRefusedWithAMessageAndNothingIsStored() throws Exception {
        long pielavesi = point("PIELAVESI");
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(40);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        String booking = "{\"servicePointId\":" + pielavesi + ",\"day\":\"" + day
                + "\",\"start\":\"09:05\",\"minutes\":20,\"taskCodes\":[\"TAX_CARD\"],\"note\":\"%s\"}";
        long appointmentsBefore = appointmentCount();
        java.net.http.HttpResponse<String> nul = api("POST", "appointments", booking.formatted("Tuo\\u0000paperit"));
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body())
                .contains(Messages.text(Locale.ENGLISH, "api.json.nul", "note"))
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("payara");
        java.net.http.HttpResponse<String> nulName = api("POST", "appointments", "{\"no\\u0000te\":\"x\"}");
        assertThat(nulName.statusCode()).as(nulName.body()).isEqualTo(400);
        assertThat(appointmentCount()).as("nothing stored").isEqualTo(appointmentsBefore);
        java.net.http.HttpResponse<String> clean = api("POST", "appointments", booking.formatted("Tuo paperit"));
        assertThat(clean.statusCode()).as(clean.body()).isEqualTo(201);
        assertThat(appointmentCount()).isEqualTo(appointmentsBefore + 1);

        StaffClient admin = new StaffClient(Deployments.loopback(url));
        assertThat(admin.signIn("admin", "asiointipiste").statusCode()).isEqualTo(302);
        for (String name : List.of("Tiski\u0000Nolla", "Tiski Nolla")) {
            String page = admin.open("admin/arrival.xhtml").body();
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("addDeskForm", "addDeskForm");
            fields.put("addDeskForm:deskPoint", String.valueOf(pielavesi));
            fields.put("addDeskForm:deskNumber", "87");
            fields.put("addDeskForm:deskName", name);
            fields.put("addDeskForm:deskAgency", "");
            fields.put("addDeskForm:addDesk", "x");
            java.net.http.HttpResponse<byte[]> posted = admin.postForm("admin/arrival.xhtml", page, fields);
            String body = unescaped(new String(posted.body(), StandardCharsets.UTF_8));
            if (name.indexOf('\0') >= 0) {
                assertThat(posted.statusCode()).isEqualTo(200);
                assertThat(body)
                        .contains(Messages.text(
                                new Locale("fi"),
                                "text.controlCharacters",
                                Messages.text(new Locale("fi"), "text.field")));
                assertThat(deskCount("Tiski%")).as("no desk stored").isZero();
            } else {
                assertThat(posted.statusCode()).isLessThan(400);
                assertThat(deskCount("Tiski Nolla"))
                        .as("the same form without the NUL is stored")
                        .isEqualTo(1);
            }
        }
    }

    private java.net.http.HttpResponse<String> api(String method, String path, String json) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        Deployments.loopback(url).resolve("api/" + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(
                                                                "clerk:asiointipiste".getBytes(StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .header("Accept-Language", "en")
                                .header("Content-Type", "application/json")
                                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private long appointmentCount() {
        return tx.inNew(em ->
                em.createQuery("SELECT COUNT(a) FROM Appointment a", Long.class).getSingleResult());
    }

    private long deskCount(String namePattern) {
        return tx.inNew(em -> em.createQuery("SELECT COUNT(d) FROM Desk d WHERE d.name LIKE :n", Long.class)
                .setParameter("n", namePattern)
                .getSingleResult());
    }

    /** Runs the work n times at once (released together); each outcome or the refusal's key. */
    private List<String> race(int n, java.util.concurrent.Callable<String> work) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (RefusedAction refused) {
                        return refused.key();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (java.util.concurrent.Future<String> f : futures) {
                outcomes.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private String validCode() {
        return "010170-2" + "00" + checkOf("010170200");
    }

    private static char checkOf(String nineDigits) {
        return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(nineDigits) % 31));
    }

    private long count(String action, long customerId) {
        return audit.about("Customer", customerId, 1000).stream()
                .filter(e -> e.getAction().equals(action))
                .count();
    }

    private long customerCount() {
        return tx.inNew(em ->
                em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult());
    }

    private static void assertRefused(Supplier<?> action, String key) {
        assertThatThrownBy(action::get)
                .isInstanceOfSatisfying(
                        RefusedAction.class, r -> assertThat(r.key()).isEqualTo(key));
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

    private StaffUser user(String username) {
        return tx.inNew(em -> {
            StaffUser u = em.createNamedQuery("StaffUser.byUsername", StaffUser.class)
                    .setParameter("username", username)
                    .getSingleResult();
            u.getServicePoints().size();
            u.getRoles().size();
            return u;
        });
    }

    private long point(String code) {
        return tx.inNew(em -> em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", code)
                .getSingleResult()
                .getId());
    }
}
