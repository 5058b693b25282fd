package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An accepted proposal edits a copy of the table: one rule's level, or a narrowed rule just above it. */
class ProposalEditTest {

    private final DecisionTable seed = DmnReader.readString(SimulationRunTest.seed());

    @Test
    void changingARulesLevelChangesOnlyThatRuleAndWritesTheRationale() {
        OverridePatterns.Proposal p = new OverridePatterns.Proposal(
                OverridePatterns.Kind.CHANGE_LEVEL,
                1L,
                "contact-seeking",
                SupportLevel.GUIDED,
                SupportLevel.FULL_ASSISTANCE,
                null,
                40,
                13);
        DecisionTable edited = ProposalEdit.apply(
                seed,
                p,
                Map.of("rationale", "Clerks chose \"full\" assistance", "rationale_fi", "ei tällaista saraketta"));
        assertThat(edited.rules()).hasSize(seed.rules().size());
        int i = indexOf(edited, "contact-seeking");
        Rule rule = edited.rules().get(i);
        assertThat(rule.outputEntries().get(edited.outputIndex("supportLevel"))).isEqualTo("\"FULL_ASSISTANCE\"");
        assertThat(rule.outputEntries().get(edited.outputIndex("rationale")))
                .isEqualTo("\"Clerks chose \\\"full\\\" assistance\"");
        for (int r = 0; r < seed.rules().size(); r++) {
            if (r != i) {
                assertThat(edited.rules().get(r)).isEqualTo(seed.rules().get(r));
            }
        }
        // The edited table is a valid table that decides Hilma's tax errand with full assistance now.
        DecisionTable again = DmnReader.readString(DmnWriter.write(edited));
        assertThat(again).isEqualTo(edited);
        var decision = TableCompiler.compile(again)
                .decide(RoutingFacts.of("CONTACT_SEEKING", "TAX_CARD", "TAX", true, "fi", 50, false, false, 0)
                        .values());
        assertThat(decision.matchedRuleId(0)).isEqualTo("contact-seeking");
        assertThat(decision.outputs().get("supportLevel")).isEqualTo("FULL_ASSISTANCE");
    }

    @Test
    void aNarrowedRuleGoesJustAboveTheRuleForTheProfileOnly() {
        OverridePatterns.Proposal p = new OverridePatterns.Proposal(
                OverridePatterns.Kind.NARROWED_RULE,
                1L,
                "kela-complex",
                SupportLevel.GUIDED,
                SupportLevel.FULL_ASSISTANCE,
                "CONTACT_SEEKING",
                24,
                12);
        DecisionTable edited = ProposalEdit.apply(seed, p, Map.of("rationale", "Learned"));
        int original = indexOf(seed, "kela-complex");
        assertThat(edited.rules()).hasSize(seed.rules().size() + 1);
        Rule added = edited.rules().get(original);
        assertThat(added.id()).isEqualTo("kela-complex-contact-seeking");
        assertThat(added.inputEntries().get(edited.inputIndex("profile"))).isEqualTo("\"CONTACT_SEEKING\"");
        assertThat(added.inputEntries().get(edited.inputIndex("task")))
                .isEqualTo(seed.rules().get(original).inputEntries().get(seed.inputIndex("task")));
        assertThat(edited.rules().get(original + 1)).isEqualTo(seed.rules().get(original));
        var compiled = TableCompiler.compile(DmnReader.readString(DmnWriter.write(edited)));
        var hilma = compiled.decide(
                RoutingFacts.of("CONTACT_SEEKING", "KELA_SOCIAL_ASSISTANCE", "KELA", true, "fi", 40, false, false, 0)
                        .values());
        assertThat(hilma.matchedRuleId(0)).isEqualTo("kela-complex-contact-seeking");
        assertThat(hilma.outputs().get("supportLevel")).isEqualTo("FULL_ASSISTANCE");
        var outi = compiled.decide(
                RoutingFacts.of("SELF_DIRECTED", "KELA_SOCIAL_ASSISTANCE", "KELA", true, "fi", 40, false, false, 0)
                        .values());
        assertThat(outi.matchedRuleId(0)).isEqualTo("kela-complex");
        // Accepting the same proposal again gets a fresh id.
        assertThat(ProposalEdit.apply(edited, p, Map.of())
                        .rules()
                        .get(original + 1)
                        .id())
                .isEqualTo("kela-complex-contact-seeking-2");
    }

    @Test
    void aRuleTheTableDoesNotHaveCannotBeEdited() {
        OverridePatterns.Proposal p = new OverridePatterns.Proposal(
                OverridePatterns.Kind.CHANGE_LEVEL,
                1L,
                "no-such-rule",
                SupportLevel.GUIDED,
                SupportLevel.FULL_ASSISTANCE,
                null,
                40,
                13);
        assertThatThrownBy(() -> ProposalEdit.apply(seed, p, Map.of())).isInstanceOf(ProposalEdit.NotApplicable.class);
    }

    private static int indexOf(DecisionTable t, String id) {
        for (int i = 0; i < t.rules().size(); i++) {
            if (t.rules().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
