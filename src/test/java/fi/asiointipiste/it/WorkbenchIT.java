package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.ServiceTaskDraft;
import fi.asiointipiste.catalogue.boundary.ServiceTasks;
import fi.asiointipiste.catalogue.entity.ServiceDescription;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.feedback.boundary.ParkingLot;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.boundary.OverrideLearning;
import fi.asiointipiste.rules.boundary.RuleSets;
import fi.asiointipiste.rules.boundary.SimulationJob;
import fi.asiointipiste.rules.boundary.Simulations;
import fi.asiointipiste.rules.control.OverridePatterns;
import fi.asiointipiste.rules.control.SimulationTally;
import fi.asiointipiste.rules.control.StaffHours;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.visits.boundary.DecisionHistory;
import fi.asiointipiste.visits.entity.ErrandDecision;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pilot coordinator's workbench beyond the rule tables: simulating a draft on the stored visits (its numbers
 * against a recomputation straight from the tables, with the interpreter instead of the compiled table), learning
 * from overrides, editing the service catalogue (conflict, audit, who may), and the pages in a browser with
 * axe-core and the keyboard.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchIT {

    /** The parking-lot note the first test writes and the browser test finds. */
    static final String NOTE = "Vuokra-asunnon hakemus vei tiskillä pitkään – riittääkö ohjattu taso?";

    private static final String SEED = "/fi/asiointipiste/routing/seed-routing.dmn";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(WorkbenchIT.class, TestTransactions.class, Deployments.class);
    }

    @Inject
    Simulations simulations;

    @Inject
    OverrideLearning learning;

    @Inject
    RuleSets ruleSets;

    @Inject
    Routing routing;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceTasks serviceTasks;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    TestTransactions tx;

    @Inject
    ParkingLot parkingLot;

    @Inject
    DecisionHistory decisions;

    @Test
    @Order(1)
    void aParkingLotNoteComesWithItsVisitsErrandsAndTheRulesThatDecidedThem() {
        Object[] visit = tx.inNew(em -> (Object[]) em.createNativeQuery("SELECT v.id, v.service_point_id FROM visit v"
                        + " JOIN service_point p ON p.id = v.service_point_id WHERE p.code = 'PIELAVESI' AND EXISTS"
                        + " (SELECT 1 FROM visit_task t WHERE t.visit_id = v.id AND t.rule_id IS NOT NULL)"
                        + " ORDER BY v.arrived_at DESC FETCH FIRST ROW ONLY")
                .getSingleResult());
        long visitId = ((Number) visit[0]).longValue();
        parkingLot.add(((Number) visit[1]).longValue(), visitId, NOTE);
        List<ErrandDecision> errands =
                decisions.errandsOfVisits(List.of(visitId)).get(visitId);
        List<Object[]> stored = tx.inNew(em -> em.createNativeQuery(
                        "SELECT rule_id, rule_set_id FROM visit_task" + " WHERE visit_id = ? ORDER BY seq_no")
                .setParameter(1, visitId)
                .getResultList());
        assertThat(errands).hasSize(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            assertThat(errands.get(i).ruleId()).isEqualTo(stored.get(i)[0]);
        }
        assertThat(errands).anySatisfy(e -> {
            assertThat(e.ruleId()).isNotNull();
            assertThat(e.ruleSetVersion()).isPositive();
        });
    }

    @ArquillianResource
    URL url;

    @Test
    void aSimulationCountsWhatARecomputationFromTheTablesFinds() {
        LocalDate until = clock.today();
        LocalDate from = until.minusDays(59);
        List<Long> points =
                servicePoints.all().stream().map(ServicePoint::getId).toList();
        String rule = mostFrequentRule(from, until);
        RuleSet draft = ruleSets.draft("Simulated", changeLevelOf(rule), "simulation test: " + rule + " changed");

        SimulationJob job = simulations.run(draft.getId(), from, until, points);
        assertThat(job.getState()).isEqualTo(SimulationJob.State.DONE);
        SimulationTally tally = job.getTally();

        // The recomputation: every errand of the period with a stored decision, decided again by the interpreter.
        RuleTable table = ruleSets.byId(draft.getId()).orElseThrow().table();
        List<Object[]> rows = tx.inNew(em -> em.createNativeQuery("SELECT v.id, v.started_at, v.ended_at, v.status,"
                        + " t.recommended_level, t.applied_level, t.decision_facts,"
                        + " (SELECT COUNT(*) FROM visit_task x WHERE x.visit_id = v.id)"
                        + " FROM visit v JOIN visit_task t ON t.visit_id = v.id"
                        + " WHERE v.arrived_at >= ? AND v.arrived_at < ? ORDER BY v.id, t.id")
                .setParameter(1, from.atStartOfDay())
                .setParameter(2, until.plusDays(1).atStartOfDay())
                .getResultList());
        long visits = tx.<Number>inNew(em -> (Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM visit v WHERE v.arrived_at >= ? AND v.arrived_at < ?"
                                        // a visit without errands (e.g. a ticket still waiting) has nothing to decide
                                        // again
                                        + " AND EXISTS (SELECT 1 FROM visit_task x WHERE x.visit_id = v.id)")
                                .setParameter(1, from.atStartOfDay())
                                .setParameter(2, until.plusDays(1).atStartOfDay())
                                .getSingleResult())
                .longValue();
        long[][] matrix = new long[3][3];
        double[] minutes = new double[3];
        long[] measured = new long[3];
        long withoutDecision = 0;
        Map<String, SupportLevel> decided = new HashMap<>();
        for (Object[] r : rows) {
            String facts = (String) r[6];
            if (r[4] == null || facts == null) {
                withoutDecision++;
            } else {
                SupportLevel now = decided.computeIfAbsent(
                        facts,
                        f -> SupportLevel.valueOf(routing.explain(table, f)
                                .decision()
                                .outputs()
                                .get("supportLevel")
                                .toString()));
                matrix[SupportLevel.valueOf((String) r[4]).ordinal()][now.ordinal()]++;
            }
            if (r[1] != null && r[2] != null && !"NO_SHOW".equals(r[3]) && r[5] != null) {
                long handled = Math.max(
                        0,
                        Duration.between(((Timestamp) r[1]).toLocalDateTime(), ((Timestamp) r[2]).toLocalDateTime())
                                .toMinutes());
                int level = SupportLevel.valueOf((String) r[5]).ordinal();
                minutes[level] += (double) handled / ((Number) r[7]).longValue();
                measured[level]++;
            }
        }
        long changed = 0;
        double minutesChange = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertThat(tally.count(SupportLevel.values()[a], SupportLevel.values()[b]))
                        .as("matrix %s → %s", SupportLevel.values()[a], SupportLevel.values()[b])
                        .isEqualTo(matrix[a][b]);
                if (a != b) {
                    changed += matrix[a][b];
                    minutesChange += matrix[a][b] * (minutes[b] / measured[b] - minutes[a] / measured[a]);
                }
            }
        }
        assertThat(tally.visits()).as("visits; errand rows %s", rows.size()).isEqualTo(visits);
        assertThat(tally.errands()).isEqualTo(rows.size());
        assertThat(tally.notStored()).isEqualTo(withoutDecision);
        assertThat(tally.undecided()).isZero();
        assertThat(changed)
                .as("the changed rule %s decided errands in the period", rule)
                .isPositive();
        assertThat(tally.changed()).isEqualTo(changed);
        long seedId = ruleSets.all().stream()
                .filter(r -> r.getVersionNo() == 1)
                .findFirst()
                .orElseThrow()
                .getId();
        assertThat(tally.changes())
                .hasSize((int) Math.min(changed, SimulationTally.KEPT_CHANGES))
                .filteredOn(c -> c.currentSetId() != null && c.currentSetId() == seedId)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.currentRule()).isEqualTo(rule));
        for (SupportLevel level : SupportLevel.values()) {
            assertThat(tally.measuredErrands(level)).isEqualTo(measured[level.ordinal()]);
        }
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        StaffHours.Estimate hours = job.getStaffHours();
        assertThat(hours.decisionsEstimated()).isEqualTo(changed);
        assertThat(hours.hoursPerMonth()).isCloseTo(minutesChange / 60 / (days / (365.2425 / 12)), within(1e-6));

        SimulationJob onePoint = simulations.run(draft.getId(), from, until, List.of(points.get(0)));
        assertThat(onePoint.getTally().visits())
                .isLessThan(visits)
                .isEqualTo(tx.<Number>inNew(em -> (Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM visit v WHERE v.arrived_at >= ? AND v.arrived_at < ?"
                                                + " AND v.service_point_id = ?")
                                .setParameter(1, from.atStartOfDay())
                                .setParameter(2, until.plusDays(1).atStartOfDay())
                                .setParameter(3, points.get(0))
                                .getSingleResult())
                        .longValue());

        SimulationTally.Change first = tally.changes().stream()
                .filter(c -> rule.equals(c.currentRule()))
                .findFirst()
                .orElseThrow();
        Simulations.SideBySide sides = simulations.explain(job, first);
        assertThat(sides.current().ruleId()).isEqualTo(rule);
        assertThat(sides.current().level()).isNotEqualTo(sides.proposed().level());
        assertThat(sides.proposed().level()).isEqualTo(first.proposed().name());
    }

    @Test
    void aBadSimulationRequestIsRefusedAndStartsNothing() {
        long draft = ruleSets.draft("Refused", seed(), "refusals").getId();
        LocalDate today = clock.today();
        List<Long> all = servicePoints.all().stream().map(ServicePoint::getId).toList();
        assertRefused(() -> simulations.run(draft, today, today.minusDays(1), all), "rules.simulation.badPeriod");
        assertRefused(() -> simulations.run(draft, today.minusYears(4), today, all), "rules.simulation.longPeriod");
        assertRefused(() -> simulations.run(draft, today.minusDays(7), today, List.of()), "rules.simulation.noPoints");
        assertRefused(
                () -> simulations.run(draft, today.minusDays(7), today, List.of(-5L)), "rules.simulation.unknownPoint");
        assertRefused(() -> simulations.run(-1L, today.minusDays(7), today, all), "rules.notFound");
    }

    @Test
    void overridesAreCountedPerRuleAndAnAcceptedProposalChangesTheRuleInANewDraft() {
        LocalDate until = clock.today();
        LocalDate from = until.minusDays(179);
        RuleSet seed = ruleSets.all().stream()
                .filter(r -> r.getVersionNo() == 1)
                .findFirst()
                .orElseThrow();
        List<Long> points =
                servicePoints.all().stream().map(ServicePoint::getId).toList();
        OverridePatterns.Threshold low = new OverridePatterns.Threshold(0.02, 5);
        OverrideLearning.Findings findings = learning.findings(seed.getId(), from, until, points, low);

        List<Object[]> direct = tx.inNew(em -> em.createNativeQuery("SELECT t.rule_id, COUNT(*),"
                        + " SUM(CASE WHEN t.applied_level <> t.recommended_level THEN 1 ELSE 0 END)"
                        + " FROM visit_task t JOIN visit v ON v.id = t.visit_id WHERE v.arrived_at >= ? AND v.arrived_at < ?"
                        + " AND t.rule_set_id = ? AND t.rule_id IS NOT NULL AND t.recommended_level IS NOT NULL"
                        + " AND t.applied_level IS NOT NULL GROUP BY t.rule_id")
                .setParameter(1, from.atStartOfDay())
                .setParameter(2, until.plusDays(1).atStartOfDay())
                .setParameter(3, seed.getId())
                .getResultList());
        assertThat(findings.rules()).hasSize(direct.size());
        for (Object[] d : direct) {
            OverridePatterns.RuleOverrides rule = findings.rules().stream()
                    .filter(r -> r.ruleId().equals(d[0]))
                    .findFirst()
                    .orElseThrow();
            assertThat(rule.decisions()).as((String) d[0]).isEqualTo(((Number) d[1]).longValue());
            assertThat(rule.overridden()).as((String) d[0]).isEqualTo(((Number) d[2]).longValue());
        }
        OverridePatterns.Proposal proposal = findings.proposals().stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo's overrides support no proposal at 2 % of 5"));
        assertThat(proposal.share()).isGreaterThanOrEqualTo(0.02);
        assertThat(proposal.decisions()).isGreaterThanOrEqualTo(5);

        RuleSet accepted = learning.accept(
                findings, proposal.ruleId(), proposal.kind(), proposal.profile(), null, null, Locale.ENGLISH);
        assertThat(accepted.getStatus().name()).isEqualTo("DRAFT");
        assertThat(accepted.getDmnXml()).isNotEqualTo(seed.getDmnXml());
        // An errand the rule decided (of the proposal's profile when the proposal is narrowed to one) now gets the
        // proposed level: from the changed rule itself, or from the new rule just above it.
        String ofProfile = proposal.profile() == null ? "" : " AND p.code = '" + proposal.profile() + "'";
        String facts = tx.inNew(em -> (String) em.createNativeQuery("SELECT t.decision_facts FROM visit_task t"
                        + " JOIN visit v ON v.id = t.visit_id LEFT JOIN customer_profile p ON p.id = v.profile_id"
                        + " WHERE t.rule_set_id = ? AND t.rule_id = ? AND t.decision_facts IS NOT NULL" + ofProfile
                        + " FETCH FIRST ROW ONLY")
                .setParameter(1, seed.getId())
                .setParameter(2, proposal.ruleId())
                .getSingleResult());
        var again = routing.explain(
                        ruleSets.byId(accepted.getId()).orElseThrow().table(), facts)
                .decision();
        assertThat(again.outputs().get("supportLevel")).isEqualTo(proposal.to().name());
        if (proposal.kind() == OverridePatterns.Kind.CHANGE_LEVEL) {
            assertThat(again.matchedRuleId(0)).isEqualTo(proposal.ruleId());
        } else {
            assertThat(again.matchedRuleId(0)).isNotEqualTo(proposal.ruleId());
        }
        assertThat(audit.ofAction("RULE_PROPOSAL_ACCEPTED", 5))
                .anyMatch(e -> e.getAfterState() != null && e.getAfterState().contains(proposal.ruleId()));

        assertRefused(
                () -> learning.accept(
                        findings, "no-such-rule", OverridePatterns.Kind.CHANGE_LEVEL, null, null, null, Locale.ENGLISH),
                "rules.proposal.gone");
    }

    @Test
    void aCoordinatorRevisesAnErrandWithConflictAndAuditAndBadInputChangesNothing() {
        ServiceTask task = serviceTasks.byCode("RENTAL_APARTMENT").orElseThrow();
        long id = task.getId();
        long version = task.getVersion();
        ServiceTaskDraft same = draftOf(task, null);

        ServiceTaskDraft noSwedishName = new ServiceTaskDraft(
                null,
                same.agencyCode(),
                new LocalizedText(same.name().getFi(), " ", same.name().getEn()),
                same.onlineServiceUrl(),
                true,
                same.descriptions());
        assertRefused(() -> serviceTasks.update(id, version, noSwedishName), "catalogue.error.name");
        assertRefused(
                () -> serviceTasks.update(
                        id,
                        version,
                        new ServiceTaskDraft(
                                null,
                                "NO_SUCH_AGENCY",
                                same.name(),
                                same.onlineServiceUrl(),
                                true,
                                same.descriptions())),
                "catalogue.error.agency");
        assertRefused(
                () -> serviceTasks.update(
                        id,
                        version,
                        new ServiceTaskDraft(
                                null,
                                same.agencyCode(),
                                same.name(),
                                "javascript:alert(1)",
                                true,
                                same.descriptions())),
                "catalogue.error.url");
        Map<SupportLevel, ServiceTaskDraft.Description> missing = new EnumMap<>(same.descriptions());
        missing.remove(SupportLevel.GUIDED);
        assertRefused(
                () -> serviceTasks.update(
                        id,
                        version,
                        new ServiceTaskDraft(
                                null, same.agencyCode(), same.name(), same.onlineServiceUrl(), true, missing)),
                "catalogue.error.description");
        assertThat(tx.<Long>inNew(em -> em.find(ServiceTask.class, id).getVersion()))
                .isEqualTo(version);

        Map<SupportLevel, ServiceTaskDraft.Description> revised = new EnumMap<>(same.descriptions());
        ServiceTaskDraft.Description guided = revised.get(SupportLevel.GUIDED);
        revised.put(
                SupportLevel.GUIDED,
                new ServiceTaskDraft.Description(
                        guided.outcome(),
                        guided.tools(),
                        guided.people(),
                        new LocalizedText(
                                "Varaa aikaa hakemuksen liitteille",
                                "Reservera tid för bilagorna",
                                "Allow time for the application's attachments")));
        serviceTasks.update(
                id,
                version,
                new ServiceTaskDraft(null, same.agencyCode(), same.name(), same.onlineServiceUrl(), true, revised));
        long after = tx.<Long>inNew(em -> em.find(ServiceTask.class, id).getVersion());
        assertThat(after)
                .as("only a description changed, the errand's version still moves")
                .isGreaterThan(version);
        assertThat(tx.<String>inNew(em -> em.find(ServiceTask.class, id)
                        .descriptionFor(SupportLevel.GUIDED)
                        .getSupportNotes()
                        .getSv()))
                .isEqualTo("Reservera tid för bilagorna");
        assertThat(audit.ofAction("SERVICE_TASK_CHANGED", 5))
                .anyMatch(e -> e.getEntityId().equals("RENTAL_APARTMENT"));
        assertThatThrownBy(() -> serviceTasks.update(id, version, same))
                .satisfies(e -> assertThat(chain(e)).hasAtLeastOneElementOfType(OptimisticLockException.class));
        serviceTasks.update(id, after, same);

        assertRefused(() -> serviceTasks.create(draftOf(task, "RENTAL_APARTMENT")), "catalogue.error.codeTaken");
        assertRefused(() -> serviceTasks.create(draftOf(task, "lower case")), "catalogue.error.code");
        ServiceTaskDraft pilot = draftOf(task, "PILOT_ERRAND");
        ServiceTask created = serviceTasks.create(new ServiceTaskDraft(
                "PILOT_ERRAND", pilot.agencyCode(), pilot.name(), null, false, pilot.descriptions()));
        assertThat(serviceTasks.all()).extracting(ServiceTask::getCode).contains("PILOT_ERRAND");
        assertThat(created.isActive()).isFalse();
        assertThat(audit.ofAction("SERVICE_TASK_CREATED", 5))
                .anyMatch(e -> e.getEntityId().equals("PILOT_ERRAND"));
    }

    @Test
    @RunAsClient
    void onlyCoordinatorsChangeTheCatalogueSupervisorsReadIt() throws Exception {
        HttpResponse<String> read = call("GET", "catalogue/tasks/KELA_HOUSING_ALLOWANCE", "supervisor", null, "fi");
        assertThat(read.statusCode()).isEqualTo(200);
        String body = read.body();
        long version = Long.parseLong(match(body, "\"version\":(\\d+)"));
        String edit = body.replaceFirst("\"code\":\"KELA_HOUSING_ALLOWANCE\",", "");
        assertThat(call("PUT", "catalogue/tasks/KELA_HOUSING_ALLOWANCE", "supervisor", edit, "fi")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("PUT", "catalogue/tasks/KELA_HOUSING_ALLOWANCE", "clerk", edit, "fi")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(
                                "POST",
                                "catalogue/tasks",
                                "admin",
                                body.replace("KELA_HOUSING_ALLOWANCE", "ADMIN_ERRAND"),
                                "fi")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> refused = call(
                "PUT",
                "catalogue/tasks/KELA_HOUSING_ALLOWANCE",
                "coordinator",
                edit.replaceFirst("\"sv\":\"[^\"]*\"", "\"sv\":\"\""),
                "sv");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\":\"catalogue.error.");
        HttpResponse<String> saved = call("PUT", "catalogue/tasks/KELA_HOUSING_ALLOWANCE", "coordinator", edit, "fi");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(match(saved.body(), "\"version\":(\\d+)"))).isGreaterThan(version);
        HttpResponse<String> stale = call("PUT", "catalogue/tasks/KELA_HOUSING_ALLOWANCE", "coordinator", edit, "fi");
        assertThat(stale.statusCode())
                .as("the same version again is someone else's save")
                .isEqualTo(409);
        assertThat(stale.body()).contains("\"code\":\"general.conflict\"");
    }

    @Test
    @RunAsClient
    void aSimulationOverRestExportsItsChangedDecisionsAndOnlyItsOwnerSeesIt() throws Exception {
        HttpResponse<String> created = call(
                "POST",
                "rule-sets?name=REST-simulation&note=export",
                "coordinator",
                changeLevelOf("self-directed-with-eid"),
                "fi",
                "application/xml");
        assertThat(created.statusCode()).isEqualTo(201);
        String setId = match(created.body(), "\"id\":(\\d+)");
        LocalDate until = LocalDate.now(ServiceClock.FINLAND);
        // Pielavesi and Vesanto never had another set than the seed (the demo pilot ran at Keitele and Tervo).
        String request = "{\"ruleSetId\":" + setId + ",\"from\":\"" + until.minusDays(29) + "\",\"until\":\"" + until
                + "\",\"servicePoints\":[\"PIELAVESI\",\"VESANTO\"]}";
        assertThat(call("POST", "simulations?wait=true", "supervisor", request, "fi")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> run = call("POST", "simulations?wait=true", "coordinator", request, "en");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"state\":\"DONE\"", "\"hoursPerMonth\"");
        String id = match(run.body(), "\"id\":\"([^\"]+)\"");
        long changed = Long.parseLong(match(run.body(), "\"changed\":(\\d+),\"changedShare\""));
        assertThat(changed).isPositive();

        HttpResponse<String> page =
                call("GET", "simulations/" + id + "/changes?first=0&max=5", "coordinator", null, "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().split("\"errandId\"", -1)).hasSize((int) Math.min(changed, 5) + 1);
        HttpResponse<String> csv = call("GET", "simulations/" + id + "/export?format=csv", "coordinator", null, "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("title, header and one line per changed decision").hasSize((int) changed + 2);
        assertThat(lines.get(2)).contains("self-directed-with-eid");
        HttpResponse<String> xlsx = call("GET", "simulations/" + id + "/export?format=xlsx", "coordinator", null, "en");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(call("GET", "simulations/" + id + "/export?format=pdf", "coordinator", null, "en")
                        .statusCode())
                .isEqualTo(422);
        assertThat(call("GET", "simulations/" + id, "supervisor", null, "en").statusCode())
                .isEqualTo(403);

        // In the background: 202 with the run's address, polled until done; cancelling a finished run keeps it.
        HttpResponse<String> started = call("POST", "simulations", "coordinator", request, "en");
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String background = location.substring(location.lastIndexOf('/') + 1);
        String state = "RUNNING";
        for (int poll = 0; poll < 120 && state.equals("RUNNING"); poll++) {
            Thread.sleep(500);
            state = match(
                    call("GET", "simulations/" + background, "coordinator", null, "en")
                            .body(),
                    "\"state\":\"([A-Z]+)\"");
        }
        assertThat(state).isEqualTo("DONE");
        HttpResponse<String> done = call("GET", "simulations/" + background, "coordinator", null, "en");
        assertThat(done.body()).contains("\"percent\":100", "\"changed\":" + changed + ",\"changedShare\"");
        assertThat(call("DELETE", "simulations/" + background, "coordinator", null, "en")
                        .body())
                .contains("\"state\":\"DONE\"");
        assertThat(call("GET", "simulations/" + id, "coordinator", null, "en").body())
                .contains("\"percent\":100");
    }

    @Test
    @Order(100)
    @RunAsClient
    void aCoordinatorSimulatesADraftInTheBrowserWithTheKeyboardAndSeesTheStaffHours() throws Exception {
        HttpResponse<String> created = call(
                "POST",
                "rule-sets?name=Browser-simulation&note=browser",
                "coordinator",
                changeLevelOf("self-directed-with-eid"),
                "fi",
                "application/xml");
        assertThat(created.statusCode()).isEqualTo(201);
        String setId = match(created.body(), "\"id\":(\\d+)");
        WorkbenchBrowser.simulateAndVisitThePages(Deployments.loopback(url), setId);
    }

    /** The rule that decided most errands of the period. */
    private String mostFrequentRule(LocalDate from, LocalDate until) {
        return tx.inNew(em -> (String) em.createNativeQuery("SELECT t.rule_id FROM visit_task t JOIN visit v"
                        + " ON v.id = t.visit_id WHERE v.arrived_at >= ? AND v.arrived_at < ? AND t.rule_id IS NOT NULL"
                        + " AND t.recommended_level <> 'FULL_ASSISTANCE'"
                        + " GROUP BY t.rule_id ORDER BY COUNT(*) DESC, t.rule_id FETCH FIRST ROW ONLY")
                .setParameter(1, from.atStartOfDay())
                .setParameter(2, until.plusDays(1).atStartOfDay())
                .getSingleResult());
    }

    /** The seed with one rule's support level raised one step (self-service → guided → full assistance). */
    private static String changeLevelOf(String rule) {
        String seed = seed();
        Matcher m = Pattern.compile("(<outputEntry id=\"" + Pattern.quote(rule) + "-o1\"><text>\")([A-Z_]+)(\")")
                .matcher(seed);
        if (!m.find()) {
            throw new AssertionError("no rule " + rule + " in the seed");
        }
        String to = m.group(2).equals("SELF_SERVICE") ? "GUIDED" : "FULL_ASSISTANCE";
        return seed.substring(0, m.start()) + m.group(1) + to + m.group(3) + seed.substring(m.end());
    }

    private static ServiceTaskDraft draftOf(ServiceTask t, String code) {
        Map<SupportLevel, ServiceTaskDraft.Description> descriptions = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            ServiceDescription d = t.descriptionFor(level);
            descriptions.put(
                    level,
                    new ServiceTaskDraft.Description(d.getOutcome(), d.getTools(), d.getPeople(), d.getSupportNotes()));
        }
        return new ServiceTaskDraft(
                code, t.getAgency().getCode(), t.getName(), t.getOnlineServiceUrl(), t.isActive(), descriptions);
    }

    private static String seed() {
        try (InputStream in = WorkbenchIT.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError(regex + " not in " + text);
        }
        return m.group(1);
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .satisfies(e -> assertThat(chain(e)).anySatisfy(t -> {
                    assertThat(t).isInstanceOf(RefusedAction.class);
                    assertThat(((RefusedAction) t).key()).isEqualTo(key);
                }));
    }

    private HttpResponse<String> call(String method, String path, String user, String body, String language)
            throws IOException, InterruptedException {
        return call(method, path, user, body, language, "application/json");
    }

    private HttpResponse<String> call(
            String method, String path, String user, String body, String language, String type)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path))
                .header("Authorization", basic(user))
                .header("Accept-Language", language)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", type);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String path) {
        return Deployments.loopback(url).resolve("api/" + path);
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":asiointipiste").getBytes(StandardCharsets.UTF_8));
    }
}
