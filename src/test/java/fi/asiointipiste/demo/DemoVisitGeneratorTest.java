package fi.asiointipiste.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.customers.entity.PersonalIdentityCode;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.entity.RoutingFacts;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoVisitGeneratorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 12, 30);
    private static final List<String> TASKS = List.of(
            "RENTAL_APARTMENT",
            "KELA_HOUSING_ALLOWANCE",
            "TE_JOBSEEKER_REGISTRATION",
            "TAX_CARD",
            "TAX_RETURN",
            "DIGITAL_SUPPORT",
            "POLICE_PASSPORT");
    private static final Map<String, String> OWNER = Map.of(
            "RENTAL_APARTMENT",
            "MUNICIPALITY",
            "KELA_HOUSING_ALLOWANCE",
            "KELA",
            "TE_JOBSEEKER_REGISTRATION",
            "TE_SERVICES",
            "TAX_CARD",
            "TAX",
            "TAX_RETURN",
            "TAX",
            "DIGITAL_SUPPORT",
            "MUNICIPALITY",
            "POLICE_PASSPORT",
            "POLICE");

    private static ReferenceData reference() {
        List<ReferenceData.Task> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < TASKS.size(); i++) {
            tasks.add(new ReferenceData.Task(i + 1, TASKS.get(i), OWNER.get(TASKS.get(i))));
        }
        return new ReferenceData(
                List.of(
                        new ReferenceData.Point(1, "PIELAVESI", List.of(10L), 4.3),
                        new ReferenceData.Point(2, "TERVO", List.of(11L, 12L), 1.5)),
                tasks,
                Map.of("SELF_DIRECTED", 1L, "MULTI_UNSKILLED", 2L, "CONTACT_SEEKING", 3L),
                Map.of("KELA", 1L, "TE_SERVICES", 2L, "MUNICIPALITY", 3L, "DVV", 4L, "TAX", 5L, "POLICE", 6L),
                77L,
                TableCompiler.compile(DmnReader.read(
                        DemoVisitGeneratorTest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn"),
                        null)));
    }

    @Test
    void theSameSeedGivesTheSameVisits() {
        List<DemoVisit> first = new DemoVisitGenerator(7, NOW, reference()).visits(2000);
        List<DemoVisit> second = new DemoVisitGenerator(7, NOW, reference()).visits(2000);
        assertThat(first).hasSize(2000);
        assertThat(first)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("customer")
                .containsExactlyElementsOf(second);
    }

    @Test
    void visitsCoverTheYearUpToNowOnWeekdaysInOpeningHours() {
        List<DemoVisit> visits = new DemoVisitGenerator(1, NOW, reference()).visits(5000);
        assertThat(visits).allSatisfy(v -> {
            assertThat(v.arrivedAt()).isBefore(NOW).isAfter(NOW.minusDays(367));
            assertThat(v.arrivedAt().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        });
        assertThat(visits).isSortedAccordingTo(java.util.Comparator.comparing(DemoVisit::arrivedAt));
        assertThat(visits.get(0).arrivedAt()).isBefore(NOW.minusDays(350));
    }

    @Test
    void everyProfileOutcomeAndLevelOccurs() {
        List<DemoVisit> visits = new DemoVisitGenerator(3, NOW, reference()).visits(5000);
        assertThat(visits).extracting(DemoVisit::profileId).contains(1L, 2L, 3L);
        List<DemoVisit.Task> tasks =
                visits.stream().flatMap(v -> v.tasks().stream()).toList();
        assertThat(tasks).extracting(DemoVisit.Task::outcome).contains("DONE", "REFERRED", "CONTINUES", "NOT_POSSIBLE");
        assertThat(tasks)
                .extracting(DemoVisit.Task::appliedLevel)
                .contains("SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE");
        assertThat(visits).extracting(DemoVisit::status).contains("DONE", "NO_SHOW");
        assertThat(visits).extracting(DemoVisit::channel).contains("WALK_IN", "APPOINTMENT", "REMOTE");
    }

    @Test
    void overridesHaveReasonsAndFeedbackIsInRange() {
        List<DemoVisit> visits = new DemoVisitGenerator(5, NOW, reference()).visits(5000);
        List<DemoVisit.Task> overridden = visits.stream()
                .flatMap(v -> v.tasks().stream())
                .filter(t -> t.appliedLevel() != null && !t.appliedLevel().equals(t.recommendedLevel()))
                .toList();
        assertThat(overridden)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.overrideReason()).isNotNull());
        List<DemoVisit.Answer> answers =
                visits.stream().map(DemoVisit::feedback).filter(a -> a != null).toList();
        assertThat(answers.size()).isBetween(1000, 2000);
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.ces()).isBetween(1, 5);
            assertThat(a.nps()).isBetween(0, 10);
        });
    }

    @Test
    void theSeedRulesRecommendEveryLevelAndEveryDecisionCanBeReproduced() {
        ReferenceData reference = reference();
        List<DemoVisit.Task> decided = new DemoVisitGenerator(13, NOW, reference)
                .visits(3000).stream()
                        .flatMap(v -> v.tasks().stream())
                        .filter(t -> t.recommendedLevel() != null)
                        .toList();
        assertThat(decided).allSatisfy(t -> {
            assertThat(t.ruleId()).isNotBlank();
            var again = reference.rules().decide(RoutingFacts.parse(t.facts()).values());
            assertThat(again.matchedRuleId(0)).isEqualTo(t.ruleId());
            assertThat(again.outputs().get("supportLevel")).isEqualTo(t.recommendedLevel());
        });
        assertThat(decided)
                .filteredOn(t -> t.facts().contains("profile=\"MULTI_UNSKILLED\"")
                        && t.facts().contains("task=\"RENTAL_APARTMENT\""))
                .isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.recommendedLevel()).isEqualTo("FULL_ASSISTANCE");
                    assertThat(t.agencyId()).isEqualTo(3L);
                });
    }

    @Test
    void pieleavesiIsBusierThanTervo() {
        Map<Long, Long> byPoint = new DemoVisitGenerator(9, NOW, reference())
                .visits(5000).stream().collect(Collectors.groupingBy(DemoVisit::pointId, Collectors.counting()));
        assertThat(byPoint.get(1L)).isGreaterThan(byPoint.get(2L) * 2);
    }

    @Test
    void demoCustomersHaveValidTemporaryIdentityCodes() {
        DemoVisitGenerator generator = new DemoVisitGenerator(11, NOW, reference());
        generator.visits(3000);
        assertThat(generator.customers()).isNotEmpty().allSatisfy(c -> {
            PersonalIdentityCode code =
                    PersonalIdentityCode.parse(c.identityCode()).orElseThrow();
            assertThat(code.isTemporary()).isTrue();
        });
        assertThat(generator.customers())
                .extracting(DemoCustomers.DemoCustomer::identityCode)
                .doesNotHaveDuplicates();
        assertThat(generator.customers().stream()
                        .collect(Collectors.groupingBy(Function.identity()))
                        .size())
                .isEqualTo(generator.customers().size());
    }

    /** Independence over time (statistics): returning customers need lighter support and do more themselves. */
    @Test
    void returningCustomersBecomeMoreIndependentFromVisitToVisit() {
        List<DemoVisit> visits = new DemoVisitGenerator(9, NOW, reference()).visits(8000);
        Map<DemoCustomers.DemoCustomer, List<DemoVisit>> chains = new java.util.IdentityHashMap<>();
        visits.stream()
                .filter(v -> v.customer() != null && v.status().equals("DONE"))
                .sorted(java.util.Comparator.comparing(DemoVisit::endedAt))
                .forEach(v -> chains.computeIfAbsent(v.customer(), c -> new java.util.ArrayList<>())
                        .add(v));
        double[][] sums = new double[6][4]; // per ordinal: visits, level rank sum, errands, self-done
        for (List<DemoVisit> chain : chains.values()) {
            for (int i = 0; i < chain.size(); i++) {
                double[] s = sums[Math.min(i + 1, 5)];
                s[0]++;
                s[1] += chain.get(i).tasks().stream()
                        .mapToInt(t -> level(t.appliedLevel()))
                        .max()
                        .orElse(0);
                s[2] += chain.get(i).tasks().size();
                s[3] += chain.get(i).tasks().stream()
                        .filter(t -> Boolean.TRUE.equals(t.didItThemselves()))
                        .count();
            }
        }
        assertThat(sums[5][0]).as("fifth or later visits").isGreaterThan(300);
        double firstLevel = sums[1][1] / sums[1][0];
        double laterLevel = sums[5][1] / sums[5][0];
        double firstShare = sums[1][3] / sums[1][2];
        double laterShare = sums[5][3] / sums[5][2];
        assertThat(laterLevel)
                .as("average highest level, 5th+ against 1st visits")
                .isLessThan(firstLevel - 0.1);
        assertThat(laterShare).as("self-done share, 5th+ against 1st visits").isGreaterThan(firstShare + 0.1);
    }

    private static int level(String applied) {
        return applied == null
                ? 0
                : List.of("SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE").indexOf(applied) + 1;
    }

    /**
     * A pilot's rule set (the demo pilot's: the seed rules with contact-seeking customers' Kela errands guided on
     * top) decides at its points from its first moment until it was retired; everywhere and every time else the
     * set for all points decides, and every errand keeps the set that decided it.
     */
    @Test
    void aPilotSetDecidesAtItsPointsDuringThePilotOnly() throws Exception {
        String seed;
        try (var in = DemoVisitGeneratorTest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        LocalDateTime from = DemoPilot.firstDay(NOW.toLocalDate()).atStartOfDay();
        LocalDateTime until = from.plusWeeks(DemoPilot.WEEKS);
        ReferenceData plain = reference();
        ReferenceData reference = new ReferenceData(
                plain.points(),
                plain.tasks(),
                plain.profiles(),
                plain.agencies(),
                plain.ruleSetId(),
                plain.rules(),
                List.of(new ReferenceData.PilotRules(
                        88L,
                        java.util.Set.of(2L),
                        from,
                        until,
                        TableCompiler.compile(DmnReader.readString(DemoPilot.withPilotRule(seed))))));
        List<DemoVisit> visits = new DemoVisitGenerator(21, NOW, reference).visits(6000);
        List<DemoVisit> inPilot = visits.stream()
                .filter(v -> v.pointId() == 2
                        && !v.arrivedAt().isBefore(from)
                        && v.arrivedAt().isBefore(until))
                .toList();
        assertThat(inPilot).hasSizeGreaterThan(200);
        assertThat(inPilot.stream().flatMap(v -> v.tasks().stream()).filter(t -> t.recommendedLevel() != null))
                .allSatisfy(t -> assertThat(t.ruleSetId()).isEqualTo(88L))
                .filteredOn(t -> t.facts().contains("profile=\"CONTACT_SEEKING\"")
                        && t.facts().contains("taskAgency=\"KELA\""))
                .isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.ruleId()).isEqualTo(DemoPilot.RULE_ID);
                    assertThat(t.recommendedLevel()).isEqualTo("GUIDED");
                    assertThat(t.mode()).isEqualTo("REMOTE_SPECIALIST");
                });
        List<DemoVisit.Task> elsewhere = visits.stream()
                .filter(v -> v.pointId() == 1
                        || v.arrivedAt().isBefore(from)
                        || !v.arrivedAt().isBefore(until))
                .flatMap(v -> v.tasks().stream())
                .filter(t -> t.recommendedLevel() != null)
                .toList();
        assertThat(elsewhere).isNotEmpty().allSatisfy(t -> {
            assertThat(t.ruleSetId()).isEqualTo(77L);
            assertThat(t.ruleId()).isNotEqualTo(DemoPilot.RULE_ID);
        });
        // The seed rules sent some of those errands to full assistance (elderly without e-ID, interpreter needed).
        assertThat(elsewhere)
                .filteredOn(t -> t.facts().contains("profile=\"CONTACT_SEEKING\"")
                        && t.facts().contains("taskAgency=\"KELA\""))
                .extracting(DemoVisit.Task::recommendedLevel)
                .contains("FULL_ASSISTANCE");
    }
}
