package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.boundary.ProfileDraft;
import fi.asiointipiste.catalogue.boundary.Profiles;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.boundary.Recommendation;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.boundary.RuleDrafts;
import fi.asiointipiste.rules.boundary.RuleSetRejected;
import fi.asiointipiste.rules.boundary.RuleSets;
import fi.asiointipiste.rules.boundary.TestCaseDraft;
import fi.asiointipiste.rules.boundary.TestCases;
import fi.asiointipiste.rules.boundary.Workbench;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetNotEditable;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TableEdit;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
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
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule sets in the server: the seed applies everywhere, publishing with scope and effective time picks the
 * right set, published sets do not change, a table with errors is not published, and any stored decision is
 * explained and reproduced later with the set that made it.
 */
@ExtendWith(ArquillianExtension.class)
class RulesIT {

    private static final String SEED = "/fi/asiointipiste/routing/seed-routing.dmn";
    private static final RoutingFacts PERA_RENTAL =
            RoutingFacts.of("MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, "fi", 58, true, false, 0);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(
                        RulesIT.class,
                        TestTransactions.class,
                        Deployments.class,
                        fi.asiointipiste.routing.engine.GeneratedTables.class,
                        fi.asiointipiste.routing.engine.TestTables.class,
                        fi.asiointipiste.routing.engine.VisitGenerator.class);
    }

    @Inject
    RuleSets ruleSets;

    @Inject
    Routing routing;

    @Inject
    ServicePoints servicePoints;

    @Inject
    Catalogue catalogue;

    @Inject
    TestTransactions tx;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @Inject
    RuleDrafts drafts;

    @Inject
    TestCases testCases;

    @ArquillianResource
    URL url;

    @Test
    void theSeedRulesApplyEverywhereAndRouteTheWorkshopCases() {
        LocalDateTime now = LocalDateTime.now();
        for (ServicePoint point : servicePoints.all()) {
            assertThat(ruleSets.applicableTo(point, now))
                    .hasValueSatisfying(s -> assertThat(s.getVersionNo()).isEqualTo(1));
        }
        Recommendation pera = routing.recommend(point("PIELAVESI").getId(), now, PERA_RENTAL);
        assertThat(pera.level()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(pera.agencyCode()).isEqualTo("MUNICIPALITY");
        assertThat(pera.ruleId()).isEqualTo("housing-multi-unskilled");
        Recommendation outi = routing.recommend(
                point("PIELAVESI").getId(),
                now,
                RoutingFacts.of("SELF_DIRECTED", "KELA_HOUSING_ALLOWANCE", "KELA", true, "fi", 34, false, false, 0));
        assertThat(outi.level()).isEqualTo(SupportLevel.SELF_SERVICE);
    }

    @Test
    void aPilotSetAppliesOnlyAtItsPointsFromItsEffectiveTimeUntilRetired() {
        LocalDateTime from = LocalDateTime.now().plusHours(2).withNano(0);
        RuleSet pilot = ruleSets.draft(
                "Vuokra-asunto ohjatusti",
                seed().replace(
                                "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"FULL_ASSISTANCE\"</text>",
                                "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"GUIDED\"</text>"),
                "Pilot: guided housing");
        RuleSet published = ruleSets.publish(pilot.getId(), pilot.getVersion(), from, false, List.of(point("TERVO")));
        assertThat(published.getStatus()).isEqualTo(RuleSetStatus.PUBLISHED);

        assertThat(applicable("TERVO", from.minusMinutes(1))).isEqualTo(1);
        assertThat(applicable("TERVO", from)).isEqualTo(published.getVersionNo());
        assertThat(applicable("PIELAVESI", from.plusDays(1))).isEqualTo(1);
        assertThat(routing.recommend(point("TERVO").getId(), from.plusMinutes(1), PERA_RENTAL)
                        .level())
                .isEqualTo(SupportLevel.GUIDED);

        RuleSet current = ruleSets.byId(published.getId()).orElseThrow();
        ruleSets.retire(current.getId(), current.getVersion());
        assertThat(applicable("TERVO", from.plusDays(1))).isEqualTo(1);
    }

    @Test
    void aPublishedSetCannotBeChanged() {
        RuleSet seed = ruleSets.all().stream()
                .filter(r -> r.getVersionNo() == 1)
                .findFirst()
                .orElseThrow();
        String before = seed.getDmnXml();
        assertThatThrownBy(() -> ruleSets.revise(
                        seed.getId(),
                        seed.getVersion(),
                        seed().replace("GUIDED", "FULL_ASSISTANCE"),
                        "try to change a published set"))
                .satisfies(e -> assertThat(chain(e)).hasAtLeastOneElementOfType(RuleSetNotEditable.class));
        assertThat(ruleSets.byId(seed.getId()).orElseThrow().getDmnXml()).isEqualTo(before);
    }

    @Test
    void aTableWithAGapIsNotPublishedAndStaysADraft() {
        String withGap = seed().replaceAll("(?s)<rule id=\"multi-unskilled\">.*?</rule>", "");
        RuleSet draft = ruleSets.draft("Aukollinen", withGap, "Removed the multi-unskilled catch-all");
        assertThat(ruleSets.check(draft.getId()))
                .anySatisfy(p -> assertThat(p.code()).isEqualTo("GAP"));
        assertThatThrownBy(() -> ruleSets.publish(
                        draft.getId(), draft.getVersion(), LocalDateTime.now().plusDays(3), true, List.of()))
                .satisfies(e -> assertThat(chain(e)).hasAtLeastOneElementOfType(RuleSetRejected.class));
        assertThat(ruleSets.byId(draft.getId()).orElseThrow().getStatus()).isEqualTo(RuleSetStatus.DRAFT);
    }

    @Test
    void twoSetsCannotTakeEffectAtTheSameMomentForTheSamePoint() {
        LocalDateTime from = LocalDateTime.now().plusDays(10).withNano(0);
        RuleSet first = ruleSets.draft("A", seed(), "first");
        ruleSets.publish(first.getId(), first.getVersion(), from, false, List.of(point("VESANTO")));
        RuleSet second = ruleSets.draft("B", seed(), "second");
        assertThatThrownBy(() -> ruleSets.publish(second.getId(), second.getVersion(), from, true, List.of()))
                .satisfies(e -> assertThat(chain(e)).anySatisfy(t -> {
                    assertThat(t).isInstanceOf(RuleSetNotEditable.class);
                    assertThat(((RuleSetNotEditable) t).messageKey()).isEqualTo("rules.publish.ambiguous");
                }));
        assertThat(ruleSets.byId(second.getId()).orElseThrow().getStatus()).isEqualTo(RuleSetStatus.DRAFT);
    }

    @Test
    void aStoredDecisionIsExplainedAgainWithTheSetThatMadeIt() {
        LocalDateTime now = LocalDateTime.now();
        Long taskId = tx.inNew(em -> {
            ServicePoint keitele = em.merge(point("KEITELE"));
            Recommendation r = routing.recommend(keitele.getId(), now, PERA_RENTAL);
            Visit visit = new Visit(keitele, Channel.WALK_IN, now);
            VisitTask task = visit.add(catalogue.task("RENTAL_APARTMENT").orElseThrow());
            task.recommend(
                    r.level(),
                    catalogue.agencies().stream()
                            .filter(a -> a.getCode().equals(r.agencyCode()))
                            .findFirst()
                            .orElseThrow(),
                    r.mode(),
                    r.flow(),
                    r.ruleSetId(),
                    r.ruleId(),
                    r.facts().toText());
            em.persist(visit);
            em.flush();
            return task.getId();
        });
        VisitTask stored = tx.inNew(em -> em.find(VisitTask.class, taskId));
        Explanation explanation = routing.explain(stored.getRuleSetId(), stored.getDecisionFacts());
        assertThat(explanation.decision().matchedRuleId(0))
                .isEqualTo(stored.getRuleId())
                .isEqualTo("housing-multi-unskilled");
        assertThat(explanation.decision().outputs().get("supportLevel"))
                .isEqualTo(stored.getRecommendedLevel().name());
        assertThat(explanation.toText()).contains("housing-multi-unskilled");
    }

    @Test
    void everyDemoDecisionIsReproducedByItsStoredRuleSet() {
        List<VisitTask> sample = tx.inNew(em -> em.createQuery(
                        "SELECT t FROM VisitTask t WHERE t.ruleId IS NOT NULL ORDER BY t.id", VisitTask.class)
                .setMaxResults(300)
                .getResultList());
        assertThat(sample).hasSize(300).allSatisfy(t -> {
            Explanation again = routing.explain(t.getRuleSetId(), t.getDecisionFacts());
            assertThat(again.decision().matchedRuleId(0)).isEqualTo(t.getRuleId());
            assertThat(again.decision().outputs().get("supportLevel"))
                    .isEqualTo(t.getRecommendedLevel().name());
        });
    }

    @Test
    @RunAsClient
    void aStoredDecisionIsExplainedOverRestOnlyToStaffOfItsPoint() throws Exception {
        HttpResponse<String> ids = get("rule-sets", "coordinator");
        assertThat(ids.statusCode()).isEqualTo(200);
        long taskId = firstTaskVisibleTo("clerk2");
        HttpResponse<String> coordinator = get("routing/visit-tasks/" + taskId + "/explanation", "coordinator");
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(coordinator.body())
                .contains("\"ruleSetVersion\":1", "\"ruleId\"", "\"facts\"", "Selected rules")
                .doesNotContain("personal", "full_name");
        assertThat(get("routing/visit-tasks/" + taskId + "/explanation", "clerk2")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("routing/visit-tasks/" + taskId + "/explanation", "clerk")
                        .statusCode())
                .as("clerk works at Pielavesi and Keitele, clerk2 at Tervo and Vesanto")
                .isEqualTo(403);
        assertThat(get("routing/visit-tasks/" + taskId + "/explanation", "admin")
                        .statusCode())
                .isEqualTo(403);
    }

    /** A routed demo task at one of the user's points, found through the REST API (this test runs as a client). */
    private long firstTaskVisibleTo(String user) throws Exception {
        for (long id = 1; id < 200; id++) {
            if (get("routing/visit-tasks/" + id + "/explanation", user).statusCode() == 200) {
                return id;
            }
        }
        throw new AssertionError("no routed demo task visible to " + user);
    }

    /** Every workbench call is in the OpenAPI document (open in demo mode) with its summary. */
    @Test
    @RunAsClient
    void theWorkbenchCallsAreDescribedInTheOpenApiDocument() throws Exception {
        HttpResponse<String> doc = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(Deployments.loopback(url).resolve("openapi"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body())
                .contains(
                        "/rule-sets/{id}/workbench",
                        "/rule-sets/{id}/edits",
                        "/rule-sets/{id}/undo",
                        "/rule-sets/{id}/copy",
                        "/rule-sets/{id}/diff",
                        "/rule-sets/{id}/publish",
                        "/rule-sets/{id}/rollback",
                        "/rule-sets/{id}/test-cases",
                        "/rule-sets/{id}/test-cases/csv",
                        "/rule-sets/{id}/test-cases/pinned",
                        "One edit of a draft's table",
                        "Undo the draft's last edit (one step)",
                        "Roll back: publish this earlier version again as a new version",
                        "Pin the decisions of the latest past visits as test cases",
                        "Rule-set test cases");
    }

    /** A copy without a name, a rollback without a note, an over-long note: refused in the caller's language. */
    @Test
    @RunAsClient
    void namesAndNotesAreRequiredOverRest() throws Exception {
        int versionsBefore = get("rule-sets", "coordinator").body().split("\"versionNo\"", -1).length;
        HttpResponse<String> nameless =
                post("rule-sets/" + seedId() + "/copy?name=%20&note=why", "coordinator", "", "en");
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(nameless.body()).contains("rules.nameAndNote", "Give the version a name");
        HttpResponse<String> noReason =
                postJson("rule-sets/" + seedId() + "/rollback", "coordinator", "{\"note\":\" \",\"allPoints\":true}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("rules.rollback.noteRequired");
        HttpResponse<String> longNote = postJson(
                "rule-sets/" + seedId() + "/rollback",
                "coordinator",
                "{\"note\":\"" + "x".repeat(2001) + "\",\"allPoints\":true}");
        assertThat(longNote.statusCode()).isEqualTo(422);
        assertThat(longNote.body()).contains("rules.note.tooLong");
        assertThat(get("rule-sets", "coordinator").body().split("\"versionNo\"", -1))
                .as("no version was added")
                .hasSize(versionsBefore);
    }

    @Test
    @RunAsClient
    void coordinatorsImportDmnOverRestAndOthersCannot() throws Exception {
        String dmn = seed();
        assertThat(post("rule-sets?name=REST&note=imported", "clerk", dmn, "fi").statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = post("rule-sets?name=REST&note=imported", "coordinator", dmn, "fi");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        assertThat(created.body()).contains("\"status\":\"DRAFT\"");
    }

    @Test
    @RunAsClient
    void anUnsafeOrBrokenDocumentIsRefusedInTheCallersLanguage() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">&x;</definitions>";
        HttpResponse<String> refused = post("rule-sets?name=XXE&note=attack", "coordinator", xxe, "sv");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("DMN_XML").doesNotContain("root:");
        HttpResponse<String> list = get("rule-sets", "coordinator");
        assertThat(list.body()).doesNotContain("\"name\":\"XXE\"");
    }

    // ---- rule workbench (issue 10, editor) ----

    private static final RoutingFacts HILMA_KELA =
            RoutingFacts.of("CONTACT_SEEKING", "KELA_HOUSING_ALLOWANCE", "KELA", true, "fi", 67, false, false, 0);

    /** The scenario edit: a copy of "kela-repeat-visits" for contact-seeking customers, whatever their visits. */
    private Workbench contactSeekersGetAKelaSpecialist(RuleSet draft) {
        Workbench w = drafts.view(draft.getId());
        int rule = ruleIndex(w, "kela-repeat-visits");
        w = drafts.edit(draft.getId(), w.set().getVersion(), new TableEdit.CopyRule(rule));
        w = drafts.edit(
                draft.getId(),
                w.set().getVersion(),
                new TableEdit.SetCondition(rule + 1, w.table().inputIndex("profile"), "\"CONTACT_SEEKING\""));
        return drafts.edit(
                draft.getId(),
                w.set().getVersion(),
                new TableEdit.SetCondition(rule + 1, w.table().inputIndex("visitsLast90Days"), "-"));
    }

    @Test
    void aFailingTestCaseBlocksPublishingUntilItIsFixedThenThePilotAppliesOnlyAtItsPointsFromItsTime() {
        RuleSet seed = version(1);
        RuleSet draft =
                ruleSets.copyAsDraft(seed.getId(), "Hilman Kela-asiat", "Kontaktinhakijoille Kelan asiantuntija");
        assertThat(draft.getBasedOn()).isEqualTo(1);
        assertThat(ruleSets.testCases(draft))
                .as("the workshop's cases travel with the copy")
                .extracting(TestCase::getName)
                .contains("Hilma Kontaktinhakija hakee asumistukea")
                .hasSizeGreaterThanOrEqualTo(8);

        Workbench edited = contactSeekersGetAKelaSpecialist(draft);
        TestCase hilma = ruleSets.testCases(edited.set()).stream()
                .filter(c -> c.getName().equals("Hilma Kontaktinhakija hakee asumistukea"))
                .findFirst()
                .orElseThrow();
        assertThat(edited.analysis().outcomeByCase().get(hilma.getId())).satisfies(o -> {
            assertThat(o.passed()).isFalse();
            assertThat(o.agency()).isEqualTo("KELA");
            assertThat(o.ruleId()).isEqualTo("kela-repeat-visits-2");
        });
        assertThat(edited.analysis().hasErrors()).isFalse();

        LocalDateTime from = LocalDateTime.now().plusDays(3).withNano(0);
        long version = edited.set().getVersion();
        assertThatThrownBy(() -> ruleSets.publish(
                        draft.getId(), version, from, false, List.of(point("PIELAVESI"), point("KEITELE")), "Pilotti"))
                .satisfies(e -> assertThat(chain(e)).anySatisfy(t -> {
                    assertThat(t).isInstanceOf(RuleSetRejected.class);
                    assertThat(((RuleSetRejected) t).key()).isEqualTo("rules.tests.failing");
                    assertThat(((RuleSetRejected) t).problems())
                            .extracting(p -> p.code())
                            .containsOnly("TEST_FAILED");
                }));
        assertThat(ruleSets.byId(draft.getId()).orElseThrow().getStatus()).isEqualTo(RuleSetStatus.DRAFT);

        testCases.update(
                hilma.getId(),
                hilma.getVersion(),
                new TestCaseDraft(
                        hilma.getName(), hilma.facts().values(), SupportLevel.GUIDED, "KELA", "REMOTE_SPECIALIST"));
        assertThat(ruleSets.runTests(draft.getId()))
                .allSatisfy(o -> assertThat(o.passed()).isTrue());
        RuleSet published = ruleSets.publish(
                draft.getId(),
                version,
                from,
                false,
                List.of(point("PIELAVESI"), point("KEITELE")),
                "Pilotti kahdessa pisteessä");
        assertThat(published.getPublishNote()).isEqualTo("Pilotti kahdessa pisteessä");

        assertThat(applicable("PIELAVESI", from.minusMinutes(1)))
                .as("not before its time")
                .isEqualTo(1);
        assertThat(applicable("PIELAVESI", from.plusMinutes(1))).isEqualTo(published.getVersionNo());
        assertThat(applicable("KEITELE", from.plusMinutes(1))).isEqualTo(published.getVersionNo());
        assertThat(applicable("TERVO", from.plusMinutes(1)))
                .as("other points keep their set")
                .isNotEqualTo(published.getVersionNo());
        Recommendation pilot = routing.recommend(point("PIELAVESI").getId(), from.plusMinutes(1), HILMA_KELA);
        Recommendation elsewhere = routing.recommend(point("TERVO").getId(), from.plusMinutes(1), HILMA_KELA);
        assertThat(pilot.agencyCode()).isEqualTo("KELA");
        assertThat(pilot.mode()).isEqualTo("REMOTE_SPECIALIST");
        assertThat(pilot.ruleId()).isEqualTo("kela-repeat-visits-2");
        assertThat(elsewhere.agencyCode()).isNull();
        assertThat(elsewhere.ruleId()).isEqualTo("contact-seeking");
        assertThat(audit.ofAction("RULE_SET_EDITED", 20))
                .filteredOn(e -> e.getEntityId().equals(String.valueOf(draft.getVersionNo())))
                .hasSize(3);
        assertThat(audit.ofAction("RULE_SET_PUBLISHED", 5)).anySatisfy(e -> {
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(published.getVersionNo()));
            assertThat(e.getAfterState()).contains("KEITELE", "PIELAVESI", "Pilotti kahdessa pisteessä");
        });

        RuleSet back = ruleSets.rollback(
                seed.getId(), "Pilotti päättyi Pielavedellä", from.plusDays(2), false, List.of(point("PIELAVESI")));
        assertThat(back.getVersionNo()).isGreaterThan(published.getVersionNo());
        assertThat(back.getStatus()).isEqualTo(RuleSetStatus.PUBLISHED);
        assertThat(back.getDmnXml()).isEqualTo(seed.getDmnXml());
        assertThat(back.getBasedOn()).isEqualTo(1);
        assertThat(applicable("PIELAVESI", from.plusDays(2).plusMinutes(1))).isEqualTo(back.getVersionNo());
        assertThat(applicable("KEITELE", from.plusDays(2).plusMinutes(1))).isEqualTo(published.getVersionNo());
        assertThat(routing.recommend(
                                point("PIELAVESI").getId(), from.plusDays(2).plusMinutes(1), HILMA_KELA)
                        .agencyCode())
                .isNull();
        assertThat(version(1).getStatus())
                .as("the rolled-back version itself is untouched")
                .isEqualTo(RuleSetStatus.PUBLISHED);
        assertThat(audit.ofAction("RULE_SET_ROLLED_BACK", 5)).anySatisfy(e -> {
            assertThat(e.getEntityId()).isEqualTo(String.valueOf(back.getVersionNo()));
            assertThat(e.getBeforeState()).isEqualTo("version 1");
            assertThat(e.getAfterState()).contains("Pilotti päättyi Pielavedellä", "PIELAVESI");
        });
        assertThatThrownBy(() -> ruleSets.rollback(
                        ruleSets.copyAsDraft(seed.getId(), "x", "x").getId(), "why", null, true, List.of()))
                .satisfies(e -> assertThat(chain(e))
                        .anySatisfy(t -> assertThat(t)
                                .isInstanceOfSatisfying(
                                        RuleSetNotEditable.class,
                                        r -> assertThat(r.messageKey()).isEqualTo("rules.rollback.draft"))));
    }

    @Test
    void aDraftIsEditedOneChangeAtATimeAStaleEditIsRefusedAndTheLastChangeCanBeUndone() {
        RuleSet draft = ruleSets.copyAsDraft(version(1).getId(), "Muokkauskoe", "edit test");
        Workbench first = drafts.view(draft.getId());
        long seen = first.set().getVersion();
        Workbench added = drafts.edit(draft.getId(), seen, new TableEdit.AddRule(0));
        assertThat(added.table().rules()).hasSize(33);
        assertThat(added.analysis().problems())
                .as("an empty rule on top decides nothing and shadows every rule")
                .anySatisfy(p -> assertThat(p.code()).isEqualTo("ROUTING_UNKNOWN_LEVEL"));
        assertThatThrownBy(() -> drafts.edit(draft.getId(), seen, new TableEdit.DeleteRule(0)))
                .as("a colleague working from the old version gets a conflict, not a lost edit")
                .satisfies(e -> assertThat(chain(e)).hasAtLeastOneElementOfType(OptimisticLockException.class));
        assertThat(drafts.view(draft.getId()).table().rules()).hasSize(33);
        assertThatThrownBy(() -> drafts.edit(
                        draft.getId(), added.set().getVersion(), new TableEdit.SetCondition(1, 0, "\"NOBODY\"")))
                .satisfies(e -> assertThat(chain(e))
                        .hasAtLeastOneElementOfType(fi.asiointipiste.rules.entity.RuleEditRefused.class));

        Workbench undone = drafts.undo(draft.getId(), added.set().getVersion());
        assertThat(undone.table().rules()).hasSize(32);
        assertThat(undone.set().getDmnXml()).isEqualTo(version(1).getDmnXml());
        assertThat(undone.set().isUndoable()).isFalse();
        assertThatThrownBy(() -> drafts.undo(draft.getId(), undone.set().getVersion()))
                .satisfies(e -> assertThat(chain(e))
                        .anySatisfy(t -> assertThat(t)
                                .isInstanceOfSatisfying(
                                        RuleSetNotEditable.class,
                                        r -> assertThat(r.messageKey()).isEqualTo("rules.undo.nothing"))));
        assertThat(audit.ofAction("RULE_SET_UNDONE", 5))
                .anyMatch(e -> e.getEntityId().equals(String.valueOf(draft.getVersionNo())));
        RuleSet published = version(1);
        assertThatThrownBy(() -> drafts.edit(published.getId(), published.getVersion(), new TableEdit.AddRule(0)))
                .satisfies(e -> assertThat(chain(e)).hasAtLeastOneElementOfType(RuleSetNotEditable.class));
    }

    @Test
    void testCasesAreAddedImportedAndPinnedFromPastVisitsOnlyOnDrafts() {
        RuleSet draft = ruleSets.copyAsDraft(version(1).getId(), "Testikoe", "test cases");
        int before = ruleSets.testCases(draft).size();
        TestCase outi = testCases.add(
                draft.getId(),
                new TestCaseDraft(
                        "Outi hakee passia",
                        java.util.Map.of(
                                "profile",
                                "SELF_DIRECTED",
                                "task",
                                "POLICE_PASSPORT",
                                "strongEid",
                                true,
                                "language",
                                "fi",
                                "age",
                                30,
                                "firstVisit",
                                false,
                                "needsInterpreter",
                                false,
                                "visitsLast90Days",
                                0),
                        SupportLevel.SELF_SERVICE,
                        "NONE",
                        null));
        assertThat(outi.facts().get("taskAgency"))
                .as("the errand's agency from the catalogue")
                .isEqualTo("POLICE");
        assertThat(ruleSets.runTests(draft.getId()))
                .allSatisfy(o -> assertThat(o.passed()).isTrue());

        String csv = testCases.exportCsv(draft.getId());
        assertThat(csv.lines().count()).isEqualTo(before + 2);
        assertThatThrownBy(() ->
                        testCases.importCsv(draft.getId(), "name,profile,expectedLevel\nx,NOBODY_AT_ALL,SOMETIMES\n"))
                .satisfies(e -> assertThat(chain(e))
                        .hasAtLeastOneElementOfType(fi.asiointipiste.rules.boundary.TestCsvRefused.class));
        assertThat(ruleSets.testCases(draft)).hasSize(before + 1);
        assertThat(testCases.importCsv(draft.getId(), csv)).hasSize(before + 1);

        List<TestCase> pinned = testCases.pinPast(draft.getId(), 12, d -> "visit " + d.at());
        assertThat(pinned).hasSize(12);
        assertThat(pinned).extracting(TestCase::getFactsText).doesNotHaveDuplicates();
        assertThat(ruleSets.runTests(draft.getId()))
                .as("today's decisions pass on a copy of today's rules")
                .allSatisfy(o -> assertThat(o.passed()).isTrue());
        assertThat(audit.ofAction("TEST_CASES_PINNED", 5))
                .anyMatch(e -> e.getEntityId().equals(String.valueOf(draft.getVersionNo())));

        RuleSet seed = version(1);
        assertThatThrownBy(() -> testCases.add(
                        seed.getId(), new TestCaseDraft("x", java.util.Map.of(), SupportLevel.GUIDED, null, null)))
                .satisfies(e -> assertThat(chain(e)).hasAtLeastOneElementOfType(RuleSetNotEditable.class));
        assertThatThrownBy(() -> testCases.add(
                        draft.getId(), new TestCaseDraft(" ", java.util.Map.of(), SupportLevel.GUIDED, null, null)))
                .satisfies(e -> assertThat(chain(e))
                        .anySatisfy(t -> assertThat(t)
                                .isInstanceOfSatisfying(
                                        RefusedAction.class,
                                        r -> assertThat(r.key()).isEqualTo("rules.tests.badName"))));
    }

    @Test
    @RunAsClient
    void supervisorsReadTheWorkbenchButOnlyCoordinatorsChangeIt() throws Exception {
        HttpResponse<String> copy =
                post("rule-sets/" + seedId() + "/copy?name=Lukukoe&note=access", "coordinator", "", "fi");
        assertThat(copy.statusCode()).isEqualTo(201);
        String draftId = copy.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        String version = copy.body().replaceAll("(?s).*\"version\":(\\d+).*", "$1");

        HttpResponse<String> view = get("rule-sets/" + draftId + "/workbench", "supervisor");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("\"table\"", "\"testCases\"", "kela-repeat-visits", "\"publishable\":true");
        assertThat(get("rule-sets/" + draftId + "/workbench", "clerk").statusCode())
                .isEqualTo(403);

        String edit = "{\"version\":" + version
                + ",\"op\":\"SET_CONDITION\",\"rule\":\"contact-seeking\",\"column\":\"language\",\"text\":\"\\\"fi\\\"\"}";
        assertThat(postJson("rule-sets/" + draftId + "/edits", "supervisor", edit)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> edited = postJson("rule-sets/" + draftId + "/edits", "coordinator", edit);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.body()).contains("\"undoable\":true", "\"GAP\"");
        HttpResponse<String> stale = postJson("rule-sets/" + draftId + "/edits", "coordinator", edit);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("general.conflict");
        String bad = "{\"version\":" + (Long.parseLong(version) + 1)
                + ",\"op\":\"SET_CONDITION\",\"rule\":\"contact-seeking\",\"column\":\"age\",\"text\":\"[1..\"}";
        HttpResponse<String> refused = postJson("rule-sets/" + draftId + "/edits", "coordinator", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("rules.edit.badEntry", "contact-seeking");

        HttpResponse<String> publish = postJson(
                "rule-sets/" + draftId + "/publish",
                "coordinator",
                "{\"version\":" + (Long.parseLong(version) + 1)
                        + ",\"effectiveFrom\":\"2099-01-01T08:00:00\",\"allPoints\":true}");
        assertThat(publish.statusCode()).as("a gap is an error: not published").isEqualTo(422);
        HttpResponse<String> diff = get("rule-sets/" + draftId + "/diff?from=" + seedId(), "supervisor");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("\"CHANGED\"", "contact-seeking");
        HttpResponse<String> csv = get("rule-sets/" + draftId + "/test-cases/csv", "supervisor", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("name,profile,task");
        assertThat(postText("rule-sets/" + draftId + "/test-cases/csv", "supervisor", csv.body())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> pinned =
                post("rule-sets/" + draftId + "/test-cases/pinned?count=3", "coordinator", "", "en");
        assertThat(pinned.statusCode()).isEqualTo(200);
        assertThat(pinned.body()).contains("\"expectedLevel\"");

        StaffClient supervisor = new StaffClient(Deployments.loopback(url));
        supervisor.signIn("supervisor", "asiointipiste");
        HttpResponse<String> page = supervisor.open("rules/rule-set.xhtml?id=" + draftId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Toistuvat Kela-käynnit", "Asiakasprofiili", "Testitapaukset")
                .doesNotContain("id=\"actions:publish\"", "id=\"copyForm:copy\"", "id=\"edit\"");
        assertThat(supervisor.open("rules/test-cases.xhtml?id=" + draftId).statusCode())
                .isEqualTo(200);
        assertThat(supervisor
                        .open("rules/diff.xhtml?fromId=" + seedId() + "&toId=" + draftId)
                        .body())
                .contains("Kontaktinhakija: muut asiat");
        assertThat(supervisor.get("rules/editor.xhtml?id=" + draftId).statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> forged = supervisor.postForm(
                "rules/rule-set.xhtml?id=" + draftId,
                page.body(),
                java.util.Map.of(
                        "actions",
                        "actions",
                        "actions:publish",
                        "Julkaise",
                        "actions:now",
                        "true",
                        "actions:allPoints",
                        "true"));
        assertThat(forged.statusCode()).isLessThan(500);
        assertThat(get("rule-sets/" + draftId, "coordinator").body())
                .as("nothing a supervisor sends publishes")
                .contains("\"status\":\"DRAFT\"");
    }

    /**
     * Server time of one cell edit on a 200-rule draft with 200 test cases, through the facade: read, edit, write
     * and save the DMN, analyse, run the cases (the benchmark without the container is RuleEditBenchmark). The bound
     * is loose, for a shared machine; the measured figures are written to target/bench/rules-it-edit.txt.
     */
    @Test
    void oneCellEditOnA200RuleDraftWith200TestCasesIsAnalysedAndTestedQuickly() {
        fi.asiointipiste.routing.engine.DecisionTable wide =
                fi.asiointipiste.routing.engine.GeneratedTables.wide(200, 7);
        RuleSet draft =
                ruleSets.draft("200 sääntöä", fi.asiointipiste.routing.engine.dmn.DmnWriter.write(wide), "benchmark");
        fi.asiointipiste.routing.engine.compile.CompiledTable compiled =
                fi.asiointipiste.routing.engine.compile.TableCompiler.compile(wide);
        fi.asiointipiste.routing.engine.VisitGenerator visits = new fi.asiointipiste.routing.engine.VisitGenerator(11);
        int added = 0;
        while (added < 200) {
            java.util.Map<String, Object> facts = visits.next();
            fi.asiointipiste.routing.engine.compile.Decision d = compiled.decide(facts);
            if (!d.isError() && d.matchCount() > 0) {
                testCases.add(
                        draft.getId(),
                        new TestCaseDraft(
                                "case " + added,
                                facts,
                                SupportLevel.valueOf(d.outputText(0)),
                                d.outputText(1),
                                d.outputText(2)));
                added++;
            }
        }
        int age = drafts.view(draft.getId()).table().inputIndex("age");
        List<Long> millis = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long version = drafts.view(draft.getId()).set().getVersion();
            long start = System.nanoTime();
            Workbench w = drafts.edit(draft.getId(), version, new TableEdit.SetCondition(i, age, ">= " + (30 + i % 2)));
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(w.analysis().outcomes()).hasSize(200);
            assertThat(w.analysis().problems()).noneMatch(p -> p.code().equals("SYNTAX"));
        }
        List<Long> measured = millis.subList(5, 15).stream().sorted().toList();
        long median = (measured.get(4) + measured.get(5)) / 2;
        String line = "One cell edit on 200 rules with 200 test cases, server time after warm-up (ms): median " + median
                + ", all " + measured + System.lineSeparator();
        try {
            // Payara Micro runs in the project's folder: the figure lands next to the JMH report.
            java.nio.file.Path report = java.nio.file.Path.of("target", "bench", "rules-it-edit.txt");
            java.nio.file.Files.createDirectories(report.getParent());
            java.nio.file.Files.writeString(report, line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(median).as("median server time of a cell edit, ms").isLessThan(2000);
    }

    private long seedId() throws Exception {
        String all = get("rule-sets", "coordinator").body();
        java.util.regex.Matcher set = java.util.regex.Pattern.compile("\\{[^{}]*\"versionNo\":1[,}][^{}]*")
                .matcher(all);
        assertThat(set.find()).as(all).isTrue();
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(set.group());
        assertThat(id.find()).as(set.group()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> postJson(String path, String user, String json)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api(path))
                                .header("Authorization", basic(user))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("Accept-Language", "en")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postText(String path, String user, String text)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api(path))
                                .header("Authorization", basic(user))
                                .header("Content-Type", "text/csv")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(text))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private RuleSet version(int versionNo) {
        return ruleSets.all().stream()
                .filter(r -> r.getVersionNo() == versionNo)
                .findFirst()
                .orElseThrow();
    }

    private static int ruleIndex(Workbench w, String id) {
        for (int i = 0; i < w.table().rules().size(); i++) {
            if (w.table().rules().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private int applicable(String point, LocalDateTime moment) {
        return ruleSets.applicableTo(point(point), moment).orElseThrow().getVersionNo();
    }

    private ServicePoint point(String code) {
        return servicePoints.all().stream()
                .filter(p -> p.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static String seed() {
        try (InputStream in = RulesIT.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private HttpResponse<String> post(String path, String user, String xml, String language)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api(path))
                                .header("Authorization", basic(user))
                                .header("Content-Type", "application/xml")
                                .header("Accept", "application/json")
                                .header("Accept-Language", language)
                                .POST(HttpRequest.BodyPublishers.ofString(xml))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return get(path, user, "application/json");
    }

    private HttpResponse<String> get(String path, String user, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api(path))
                                .header("Authorization", basic(user))
                                .header("Accept", accept)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String path) {
        return Deployments.loopback(url).resolve("api/" + path);
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":asiointipiste").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCoordinatorRevisesAProfileAndEveryBadInputIsRefusedWithoutAChange() {
        CustomerProfile hilma = catalogue.profile("CONTACT_SEEKING").orElseThrow();
        long id = hilma.getId();
        long version = hilma.getVersion();
        ProfileDraft same = draftOf(hilma, null);

        ProfileDraft noSwedish = new ProfileDraft(
                null,
                same.personaName(),
                new LocalizedText("Hilma", " ", "Hilma"),
                same.summary(),
                same.empathy(),
                true);
        assertRefused(() -> profiles.update(id, version, noSwedish), "profiles.error.texts");
        Map<EmpathyAspect, LocalizedText> missingPains = new EnumMap<>(same.empathy());
        missingPains.remove(EmpathyAspect.PAINS);
        assertRefused(
                () -> profiles.update(
                        id,
                        version,
                        new ProfileDraft(null, same.personaName(), same.name(), same.summary(), missingPains, true)),
                "profiles.error.texts");
        assertRefused(
                () -> profiles.update(
                        id, version, new ProfileDraft(null, " ", same.name(), same.summary(), same.empathy(), true)),
                "profiles.error.persona");
        assertThat(tx.<Long>inNew(em -> em.find(CustomerProfile.class, id).getVersion()))
                .isEqualTo(version);

        Map<EmpathyAspect, LocalizedText> revised = new EnumMap<>(same.empathy());
        revised.put(
                EmpathyAspect.GAINS,
                new LocalizedText(
                        "Tuttu ihminen tiskillä", "En bekant person vid disken", "A familiar person at the desk"));
        CustomerProfile saved = profiles.update(
                id, version, new ProfileDraft(null, same.personaName(), same.name(), same.summary(), revised, true));
        long after = tx.<Long>inNew(em -> em.find(CustomerProfile.class, id).getVersion());
        assertThat(after)
                .as("only the empathy map changed, the version still moves")
                .isGreaterThan(version);
        assertThat(tx.<String>inNew(em -> em.find(CustomerProfile.class, id)
                        .empathy(EmpathyAspect.GAINS)
                        .getSv()))
                .isEqualTo("En bekant person vid disken");
        assertThat(audit.ofAction("PROFILE_CHANGED", 5))
                .anyMatch(e -> e.getEntityId().equals("CONTACT_SEEKING"));
        assertThatThrownBy(() -> profiles.update(id, version, same)).isInstanceOf(OptimisticLockException.class);
        profiles.update(id, after, same);
        assertThat(saved.getCode()).isEqualTo("CONTACT_SEEKING");

        assertRefused(() -> profiles.create(draftOf(hilma, "CONTACT_SEEKING")), "profiles.error.codeTaken");
        assertRefused(() -> profiles.create(draftOf(hilma, "lower case")), "profiles.error.code");
        ProfileDraft pilot = draftOf(hilma, "PILOT_PROFILE");
        CustomerProfile created = profiles.create(new ProfileDraft(
                "PILOT_PROFILE", "Paavo Pilotti", pilot.name(), pilot.summary(), pilot.empathy(), false));
        assertThat(profiles.all()).extracting(CustomerProfile::getCode).contains("PILOT_PROFILE");
        assertThat(catalogue.profiles())
                .as("the front desk offers only profiles in use")
                .extracting(CustomerProfile::getCode)
                .doesNotContain("PILOT_PROFILE");
        assertThat(audit.ofAction("PROFILE_CREATED", 5))
                .anyMatch(e -> e.getEntityId().equals(created.getCode()));
    }

    private static ProfileDraft draftOf(CustomerProfile p, String code) {
        Map<EmpathyAspect, LocalizedText> empathy = new EnumMap<>(EmpathyAspect.class);
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            empathy.put(aspect, p.empathy(aspect));
        }
        return new ProfileDraft(code, p.getPersonaName(), p.getName(), p.getSummary(), empathy, p.isActive());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(RefusedAction.class)
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo(key);
    }
}
