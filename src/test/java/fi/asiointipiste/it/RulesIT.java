package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.boundary.ProfileDraft;
import fi.asiointipiste.catalogue.boundary.Profiles;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.boundary.Recommendation;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.boundary.RuleSetRejected;
import fi.asiointipiste.rules.boundary.RuleSets;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetNotEditable;
import fi.asiointipiste.rules.entity.RuleSetStatus;
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
    private static final RoutingFacts PERA_RENTAL = RoutingFacts.of("MULTI_UNSKILLED", "RENTAL_APARTMENT",
            "MUNICIPALITY", false, "fi", 58, true, false, 0);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(RulesIT.class, TestTransactions.class, Deployments.class);
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

    @ArquillianResource
    URL url;

    @Test
    void theSeedRulesApplyEverywhereAndRouteTheWorkshopCases() {
        LocalDateTime now = LocalDateTime.now();
        for (ServicePoint point : servicePoints.all()) {
            assertThat(ruleSets.applicableTo(point, now)).hasValueSatisfying(s -> assertThat(s.getVersionNo()).isEqualTo(1));
        }
        Recommendation pera = routing.recommend(point("PIELAVESI").getId(), now, PERA_RENTAL);
        assertThat(pera.level()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(pera.agencyCode()).isEqualTo("MUNICIPALITY");
        assertThat(pera.ruleId()).isEqualTo("housing-multi-unskilled");
        Recommendation outi = routing.recommend(point("PIELAVESI").getId(), now, RoutingFacts.of("SELF_DIRECTED",
                "KELA_HOUSING_ALLOWANCE", "KELA", true, "fi", 34, false, false, 0));
        assertThat(outi.level()).isEqualTo(SupportLevel.SELF_SERVICE);
    }

    @Test
    void aPilotSetAppliesOnlyAtItsPointsFromItsEffectiveTimeUntilRetired() {
        LocalDateTime from = LocalDateTime.now().plusHours(2).withNano(0);
        RuleSet pilot = ruleSets.draft("Vuokra-asunto ohjatusti", seed().replace(
                "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"FULL_ASSISTANCE\"</text>",
                "<outputEntry id=\"housing-multi-unskilled-o1\"><text>\"GUIDED\"</text>"), "Pilot: guided housing");
        RuleSet published = ruleSets.publish(pilot.getId(), pilot.getVersion(), from, false, List.of(point("TERVO")));
        assertThat(published.getStatus()).isEqualTo(RuleSetStatus.PUBLISHED);

        assertThat(applicable("TERVO", from.minusMinutes(1))).isEqualTo(1);
        assertThat(applicable("TERVO", from)).isEqualTo(published.getVersionNo());
        assertThat(applicable("PIELAVESI", from.plusDays(1))).isEqualTo(1);
        assertThat(routing.recommend(point("TERVO").getId(), from.plusMinutes(1), PERA_RENTAL).level()).isEqualTo(SupportLevel.GUIDED);

        RuleSet current = ruleSets.byId(published.getId()).orElseThrow();
        ruleSets.retire(current.getId(), current.getVersion());
        assertThat(applicable("TERVO", from.plusDays(1))).isEqualTo(1);
    }

    @Test
    void aPublishedSetCannotBeChanged() {
        RuleSet seed = ruleSets.all().stream().filter(r -> r.getVersionNo() == 1).findFirst().orElseThrow();
        String before = seed.getDmnXml();
        assertThatThrownBy(() -> ruleSets.revise(seed.getId(), seed.getVersion(), seed().replace("GUIDED", "FULL_ASSISTANCE"),
                "try to change a published set"))
                .satisfies(e -> assertThat(chain(e)).hasAtLeastOneElementOfType(RuleSetNotEditable.class));
        assertThat(ruleSets.byId(seed.getId()).orElseThrow().getDmnXml()).isEqualTo(before);
    }

    @Test
    void aTableWithAGapIsNotPublishedAndStaysADraft() {
        String withGap = seed().replaceAll("(?s)<rule id=\"multi-unskilled\">.*?</rule>", "");
        RuleSet draft = ruleSets.draft("Aukollinen", withGap, "Removed the multi-unskilled catch-all");
        assertThat(ruleSets.check(draft.getId())).anySatisfy(p -> assertThat(p.code()).isEqualTo("GAP"));
        assertThatThrownBy(() -> ruleSets.publish(draft.getId(), draft.getVersion(), LocalDateTime.now().plusDays(3),
                true, List.of()))
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
            task.recommend(r.level(), catalogue.agencies().stream().filter(a -> a.getCode().equals(r.agencyCode()))
                    .findFirst().orElseThrow(), r.mode(), r.flow(), r.ruleSetId(), r.ruleId(), r.facts().toText());
            em.persist(visit);
            em.flush();
            return task.getId();
        });
        VisitTask stored = tx.inNew(em -> em.find(VisitTask.class, taskId));
        Explanation explanation = routing.explain(stored.getRuleSetId(), stored.getDecisionFacts());
        assertThat(explanation.decision().matchedRuleId(0)).isEqualTo(stored.getRuleId()).isEqualTo("housing-multi-unskilled");
        assertThat(explanation.decision().outputs().get("supportLevel")).isEqualTo(stored.getRecommendedLevel().name());
        assertThat(explanation.toText()).contains("housing-multi-unskilled");
    }

    @Test
    void everyDemoDecisionIsReproducedByItsStoredRuleSet() {
        List<VisitTask> sample = tx.inNew(em -> em.createQuery(
                "SELECT t FROM VisitTask t WHERE t.ruleId IS NOT NULL ORDER BY t.id", VisitTask.class)
                .setMaxResults(300).getResultList());
        assertThat(sample).hasSize(300).allSatisfy(t -> {
            Explanation again = routing.explain(t.getRuleSetId(), t.getDecisionFacts());
            assertThat(again.decision().matchedRuleId(0)).isEqualTo(t.getRuleId());
            assertThat(again.decision().outputs().get("supportLevel")).isEqualTo(t.getRecommendedLevel().name());
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
        assertThat(coordinator.body()).contains("\"ruleSetVersion\":1", "\"ruleId\"", "\"facts\"", "Selected rules")
                .doesNotContain("personal", "full_name");
        assertThat(get("routing/visit-tasks/" + taskId + "/explanation", "clerk2").statusCode()).isEqualTo(200);
        assertThat(get("routing/visit-tasks/" + taskId + "/explanation", "clerk").statusCode())
                .as("clerk works at Pielavesi and Keitele, clerk2 at Tervo and Vesanto").isEqualTo(403);
        assertThat(get("routing/visit-tasks/" + taskId + "/explanation", "admin").statusCode()).isEqualTo(403);
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

    @Test
    @RunAsClient
    void coordinatorsImportDmnOverRestAndOthersCannot() throws Exception {
        String dmn = seed();
        assertThat(post("rule-sets?name=REST&note=imported", "clerk", dmn, "fi").statusCode()).isEqualTo(403);
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

    private int applicable(String point, LocalDateTime moment) {
        return ruleSets.applicableTo(point(point), moment).orElseThrow().getVersionNo();
    }

    private ServicePoint point(String code) {
        return servicePoints.all().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
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
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api(path))
                .header("Authorization", basic(user)).header("Content-Type", "application/xml")
                .header("Accept", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(api(path)).header("Authorization", basic(user))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String path) {
        return Deployments.loopback(url).resolve("api/" + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":asiointipiste").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCoordinatorRevisesAProfileAndEveryBadInputIsRefusedWithoutAChange() {
        CustomerProfile hilma = catalogue.profile("CONTACT_SEEKING").orElseThrow();
        long id = hilma.getId();
        long version = hilma.getVersion();
        ProfileDraft same = draftOf(hilma, null);

        ProfileDraft noSwedish = new ProfileDraft(null, same.personaName(), new LocalizedText("Hilma", " ", "Hilma"),
                same.summary(), same.empathy(), true);
        assertRefused(() -> profiles.update(id, version, noSwedish), "profiles.error.texts");
        Map<EmpathyAspect, LocalizedText> missingPains = new EnumMap<>(same.empathy());
        missingPains.remove(EmpathyAspect.PAINS);
        assertRefused(() -> profiles.update(id, version, new ProfileDraft(null, same.personaName(), same.name(),
                same.summary(), missingPains, true)), "profiles.error.texts");
        assertRefused(() -> profiles.update(id, version, new ProfileDraft(null, " ", same.name(), same.summary(),
                same.empathy(), true)), "profiles.error.persona");
        assertThat(tx.<Long>inNew(em -> em.find(CustomerProfile.class, id).getVersion())).isEqualTo(version);

        Map<EmpathyAspect, LocalizedText> revised = new EnumMap<>(same.empathy());
        revised.put(EmpathyAspect.GAINS, new LocalizedText("Tuttu ihminen tiskillä", "En bekant person vid disken",
                "A familiar person at the desk"));
        CustomerProfile saved = profiles.update(id, version, new ProfileDraft(null, same.personaName(), same.name(),
                same.summary(), revised, true));
        long after = tx.<Long>inNew(em -> em.find(CustomerProfile.class, id).getVersion());
        assertThat(after).as("only the empathy map changed, the version still moves").isGreaterThan(version);
        assertThat(tx.<String>inNew(em -> em.find(CustomerProfile.class, id).empathy(EmpathyAspect.GAINS).getSv()))
                .isEqualTo("En bekant person vid disken");
        assertThat(audit.ofAction("PROFILE_CHANGED", 5)).anyMatch(e -> e.getEntityId().equals("CONTACT_SEEKING"));
        assertThatThrownBy(() -> profiles.update(id, version, same)).isInstanceOf(OptimisticLockException.class);
        profiles.update(id, after, same);
        assertThat(saved.getCode()).isEqualTo("CONTACT_SEEKING");

        assertRefused(() -> profiles.create(draftOf(hilma, "CONTACT_SEEKING")), "profiles.error.codeTaken");
        assertRefused(() -> profiles.create(draftOf(hilma, "lower case")), "profiles.error.code");
        ProfileDraft pilot = draftOf(hilma, "PILOT_PROFILE");
        CustomerProfile created = profiles.create(new ProfileDraft("PILOT_PROFILE", "Paavo Pilotti", pilot.name(),
                pilot.summary(), pilot.empathy(), false));
        assertThat(profiles.all()).extracting(CustomerProfile::getCode).contains("PILOT_PROFILE");
        assertThat(catalogue.profiles()).as("the front desk offers only profiles in use")
                .extracting(CustomerProfile::getCode).doesNotContain("PILOT_PROFILE");
        assertThat(audit.ofAction("PROFILE_CREATED", 5)).anyMatch(e -> e.getEntityId().equals(created.getCode()));
    }

    private static ProfileDraft draftOf(CustomerProfile p, String code) {
        Map<EmpathyAspect, LocalizedText> empathy = new EnumMap<>(EmpathyAspect.class);
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            empathy.put(aspect, p.empathy(aspect));
        }
        return new ProfileDraft(code, p.getPersonaName(), p.getName(), p.getSummary(), empathy, p.isActive());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RefusedAction.class).extracting(e -> ((RefusedAction) e).key()).isEqualTo(key);
    }
}
