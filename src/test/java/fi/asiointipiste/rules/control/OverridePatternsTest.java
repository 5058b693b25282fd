package fi.asiointipiste.rules.control;

import static fi.asiointipiste.routing.entity.SupportLevel.FULL_ASSISTANCE;
import static fi.asiointipiste.routing.entity.SupportLevel.GUIDED;
import static fi.asiointipiste.routing.entity.SupportLevel.SELF_SERVICE;
import static fi.asiointipiste.visits.entity.OverrideReason.CUSTOMER_WISH;
import static fi.asiointipiste.visits.entity.OverrideReason.HEALTH_OR_ABILITY;
import static fi.asiointipiste.visits.entity.OverrideReason.LANGUAGE_NEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideCount;
import fi.asiointipiste.visits.entity.OverrideReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Override patterns and proposals from hand-made counts; threshold 30 % of at least 20 decisions. */
class OverridePatternsTest {

    private static final OverridePatterns.Threshold T = new OverridePatterns.Threshold(0.30, 20);

    private final List<OverrideCount> counts = new ArrayList<>();

    private void add(
            String rule,
            String profile,
            SupportLevel recommended,
            SupportLevel applied,
            OverrideReason reason,
            long n) {
        counts.add(new OverrideCount(1L, rule, profile, recommended, applied, reason, n));
    }

    @Test
    void aRuleOverriddenOneWayOftenEnoughIsProposedToChangeItsLevel() {
        // contact-seeking: 40 decisions, 13 overridden to full assistance (32.5 %), 2 to self-service
        add("contact-seeking", "CONTACT_SEEKING", GUIDED, GUIDED, null, 25);
        add("contact-seeking", "CONTACT_SEEKING", GUIDED, FULL_ASSISTANCE, HEALTH_OR_ABILITY, 9);
        add("contact-seeking", "CONTACT_SEEKING", GUIDED, FULL_ASSISTANCE, LANGUAGE_NEED, 4);
        add("contact-seeking", "CONTACT_SEEKING", GUIDED, SELF_SERVICE, CUSTOMER_WISH, 2);
        List<OverridePatterns.RuleOverrides> rules = OverridePatterns.summarize(counts);
        assertThat(rules).hasSize(1);
        OverridePatterns.RuleOverrides r = rules.get(0);
        assertThat(r.decisions()).isEqualTo(40);
        assertThat(r.overridden()).isEqualTo(15);
        assertThat(r.overriddenShare()).isCloseTo(0.375, within(1e-9));
        assertThat(r.recommended()).isEqualTo(GUIDED);
        assertThat(r.direction()).isEqualTo(FULL_ASSISTANCE);
        assertThat(r.toLevel()).containsEntry(FULL_ASSISTANCE, 13L).containsEntry(SELF_SERVICE, 2L);
        assertThat(r.reasons())
                .containsEntry(HEALTH_OR_ABILITY, 9L)
                .containsEntry(LANGUAGE_NEED, 4L)
                .containsEntry(CUSTOMER_WISH, 2L);

        assertThat(OverridePatterns.propose(rules, T)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(OverridePatterns.Kind.CHANGE_LEVEL);
            assertThat(p.ruleId()).isEqualTo("contact-seeking");
            assertThat(p.from()).isEqualTo(GUIDED);
            assertThat(p.to()).isEqualTo(FULL_ASSISTANCE);
            assertThat(p.overrides()).isEqualTo(13);
            assertThat(p.decisions()).isEqualTo(40);
            assertThat(p.share()).isCloseTo(0.325, within(1e-9));
            assertThat(p.profile()).isNull();
        });
    }

    @Test
    void justBelowTheShareOrTooFewDecisionsProposesNothing() {
        // 11 of 40 = 27.5 %: below 30 %
        add("a", "CONTACT_SEEKING", GUIDED, GUIDED, null, 29);
        add("a", "CONTACT_SEEKING", GUIDED, FULL_ASSISTANCE, HEALTH_OR_ABILITY, 11);
        // 10 of 19 = 53 %, but fewer than 20 decisions
        add("b", "SELF_DIRECTED", SELF_SERVICE, SELF_SERVICE, null, 9);
        add("b", "SELF_DIRECTED", SELF_SERVICE, GUIDED, CUSTOMER_WISH, 10);
        // exactly 6 of 20 = 30 %: proposed
        add("c", "SELF_DIRECTED", SELF_SERVICE, SELF_SERVICE, null, 14);
        add("c", "SELF_DIRECTED", SELF_SERVICE, GUIDED, CUSTOMER_WISH, 6);
        List<OverridePatterns.Proposal> proposals = OverridePatterns.propose(OverridePatterns.summarize(counts), T);
        assertThat(proposals).extracting(OverridePatterns.Proposal::ruleId).containsExactly("c");
    }

    @Test
    void overridesOfOneProfileUnderABroadRuleAreProposedAsANarrowedRule() {
        // kela-complex covers every profile: Hilma's 24 decisions overridden to full assistance 12 times (50 %),
        // Outi's 30 decisions never; overall 12 of 54 = 22 % — below the threshold, and Outi goes against it.
        add("kela-complex", "CONTACT_SEEKING", GUIDED, GUIDED, null, 12);
        add("kela-complex", "CONTACT_SEEKING", GUIDED, FULL_ASSISTANCE, HEALTH_OR_ABILITY, 12);
        add("kela-complex", "SELF_DIRECTED", GUIDED, GUIDED, null, 30);
        // another rule where one profile meets the threshold overall but another (with enough decisions) does not:
        // 20 of 50 = 40 % overall, yet Outi's 25 decisions have only 2 overrides
        add("elderly", "MULTI_UNSKILLED", GUIDED, FULL_ASSISTANCE, HEALTH_OR_ABILITY, 18);
        add("elderly", "MULTI_UNSKILLED", GUIDED, GUIDED, null, 7);
        add("elderly", "SELF_DIRECTED", GUIDED, FULL_ASSISTANCE, HEALTH_OR_ABILITY, 2);
        add("elderly", "SELF_DIRECTED", GUIDED, GUIDED, null, 23);
        List<OverridePatterns.Proposal> proposals = OverridePatterns.propose(OverridePatterns.summarize(counts), T);
        assertThat(proposals)
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(OverridePatterns.Kind.NARROWED_RULE));
        assertThat(proposals).anySatisfy(p -> {
            assertThat(p.ruleId()).isEqualTo("kela-complex");
            assertThat(p.profile()).isEqualTo("CONTACT_SEEKING");
            assertThat(p.to()).isEqualTo(FULL_ASSISTANCE);
            assertThat(p.overrides()).isEqualTo(12);
            assertThat(p.decisions()).isEqualTo(24);
        });
        assertThat(proposals).anySatisfy(p -> {
            assertThat(p.ruleId()).isEqualTo("elderly");
            assertThat(p.profile()).isEqualTo("MULTI_UNSKILLED");
            assertThat(p.overrides()).isEqualTo(18);
            assertThat(p.decisions()).isEqualTo(25);
        });
    }

    @Test
    void rulesAreListedMostOverriddenFirstAndEachRuleSetSeparately() {
        add("x", "SELF_DIRECTED", GUIDED, GUIDED, null, 10);
        add("y", "SELF_DIRECTED", GUIDED, SELF_SERVICE, CUSTOMER_WISH, 5);
        add("y", "SELF_DIRECTED", GUIDED, GUIDED, null, 5);
        counts.add(new OverrideCount(2L, "x", "SELF_DIRECTED", GUIDED, SELF_SERVICE, CUSTOMER_WISH, 1));
        List<OverridePatterns.RuleOverrides> rules = OverridePatterns.summarize(counts);
        assertThat(rules).extracting(r -> r.ruleSetId() + ":" + r.ruleId()).containsExactly("2:x", "1:y", "1:x");
        assertThat(rules.get(2).direction()).isNull();
    }

    @Test
    void aThresholdIsAShareAndADecisionCount() {
        assertThatThrownBy(() -> new OverridePatterns.Threshold(0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverridePatterns.Threshold(1.2, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverridePatterns.Threshold(0.3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
