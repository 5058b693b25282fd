package fi.asiointipiste.rules.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.routing.boundary.RuleRationale;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** The edits a coordinator makes to a draft's table, on the workshop's seed table. */
class TableEditTest {

    static DecisionTable seed() {
        try (InputStream in = TableEditTest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            return DmnReader.read(in, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final DecisionTable seed = seed();

    @Test
    void addingARulePutsAnEmptyRuleWhereAskedWithAnIdOfItsOwn() {
        DecisionTable t = new TableEdit.AddRule(2).apply(seed);
        assertThat(t.rules()).hasSize(seed.rules().size() + 1);
        Rule added = t.rules().get(2);
        assertThat(added.inputEntries()).containsOnly("-").hasSize(seed.inputs().size());
        assertThat(added.outputEntries()).containsOnly("null");
        assertThat(seed.rules().stream().map(Rule::id)).doesNotContain(added.id());
        assertThat(t.rules().get(3)).isEqualTo(seed.rules().get(2));
        assertThat(seed.rules()).hasSize(32).as("the old table is untouched");
        assertRefused(() -> new TableEdit.AddRule(40).apply(seed), "rules.edit.noSuchRule");
    }

    @Test
    void copyingARulePutsTheCopyBelowItWithANewId() {
        DecisionTable t = new TableEdit.CopyRule(6).apply(seed);
        Rule original = t.rules().get(6);
        Rule copy = t.rules().get(7);
        assertThat(original.id()).isEqualTo("kela-repeat-visits");
        assertThat(copy.id()).isEqualTo("kela-repeat-visits-2");
        assertThat(copy.inputEntries()).isEqualTo(original.inputEntries());
        assertThat(copy.outputEntries()).isEqualTo(original.outputEntries());
        assertThat(new TableEdit.CopyRule(6).apply(t).rules().get(7).id()).isEqualTo("kela-repeat-visits-3");
    }

    @Test
    void deletingAndMovingRules() {
        DecisionTable deleted = new TableEdit.DeleteRule(0).apply(seed);
        assertThat(deleted.rules()).hasSize(31);
        assertThat(deleted.rules().get(0).id()).isEqualTo("housing-interpreter");

        DecisionTable moved = new TableEdit.MoveRule(22, 0).apply(seed);
        assertThat(moved.rules().get(0).id()).isEqualTo("contact-seeking");
        assertThat(moved.rules().get(1).id()).isEqualTo("housing-multi-unskilled");
        DecisionTable down = new TableEdit.MoveRule(0, 2).apply(seed);
        assertThat(down.rules().stream().limit(3).map(Rule::id))
                .containsExactly("housing-interpreter", "kela-multi-unskilled", "housing-multi-unskilled");
        assertRefused(() -> new TableEdit.MoveRule(0, 32).apply(seed), "rules.edit.noSuchRule");
        assertRefused(() -> new TableEdit.DeleteRule(-1).apply(seed), "rules.edit.noSuchRule");
    }

    @Test
    void aConditionIsSetAndABrokenOrDisallowedOneIsRefusedWithTheEnginesReason() {
        int profile = seed.inputIndex("profile");
        DecisionTable t = new TableEdit.SetCondition(6, profile, "\"CONTACT_SEEKING\"").apply(seed);
        assertThat(t.rules().get(6).inputEntries().get(profile)).isEqualTo("\"CONTACT_SEEKING\"");
        assertThat(new TableEdit.SetCondition(6, profile, "  ")
                        .apply(t)
                        .rules()
                        .get(6)
                        .inputEntries()
                        .get(profile))
                .as("an empty condition means any")
                .isEqualTo("-");

        assertThatThrownBy(() -> new TableEdit.SetCondition(6, seed.inputIndex("age"), "[18..").apply(seed))
                .isInstanceOfSatisfying(RuleEditRefused.class, e -> {
                    assertThat(e.key()).isEqualTo("rules.edit.badEntry");
                    assertThat(e.detail()).contains("kela-repeat-visits", "age");
                });
        assertRefused(() -> new TableEdit.SetCondition(6, profile, "\"NOBODY\"").apply(seed), "rules.edit.badEntry");
        assertRefused(() -> new TableEdit.SetCondition(6, profile, "< 5").apply(seed), "rules.edit.badEntry");
        assertRefused(() -> new TableEdit.SetCondition(6, 99, "-").apply(seed), "rules.edit.noSuchColumn");
    }

    @Test
    void anOutputIsSetAndAValueTheColumnDoesNotAllowIsRefused() {
        int level = seed.outputIndex("supportLevel");
        DecisionTable t = new TableEdit.SetOutput(0, level, "\"GUIDED\"").apply(seed);
        assertThat(t.rules().get(0).outputEntries().get(level)).isEqualTo("\"GUIDED\"");
        assertRefused(() -> new TableEdit.SetOutput(0, level, "\"SOMETIMES\"").apply(seed), "rules.edit.badEntry");
        assertRefused(() -> new TableEdit.SetOutput(0, level, "\"GUIDED").apply(seed), "rules.edit.badEntry");
    }

    @Test
    void inputColumnsAreAddedRenamedGivenValuesAndRemoved() {
        DecisionTable added =
                new TableEdit.AddInput(2, "municipality", TypeRef.STRING, "\"TERVO\",\"KEITELE\"").apply(seed);
        assertThat(added.inputs().get(2).expression()).isEqualTo("municipality");
        assertThat(added.rules())
                .allSatisfy(r -> assertThat(r.inputEntries().get(2)).isEqualTo("-"));
        assertThat(DmnReader.readString(DmnWriter.write(added))).isEqualTo(added);
        assertRefused(
                () -> new TableEdit.AddInput(0, "task", TypeRef.STRING, null).apply(seed), "rules.edit.nameTaken");
        assertRefused(
                () -> new TableEdit.AddInput(0, "supportLevel", TypeRef.STRING, null).apply(seed),
                "rules.edit.nameTaken");
        assertRefused(
                () -> new TableEdit.AddInput(0, "2nd visit", TypeRef.NUMBER, null).apply(seed), "rules.edit.badName");
        assertRefused(
                () -> new TableEdit.AddInput(0, "x", TypeRef.NUMBER, "\"a\"").apply(seed), "rules.edit.badValues");

        DecisionTable renamed = new TableEdit.RenameInput(2, "pointCode").apply(added);
        assertThat(renamed.inputs().get(2).expression()).isEqualTo("pointCode");
        assertThat(renamed.inputs().get(2).allowedValues()).isEqualTo("\"TERVO\",\"KEITELE\"");
        DecisionTable valued = new TableEdit.SetInputValues(2, "\"TERVO\"").apply(renamed);
        assertThat(valued.inputs().get(2).allowedValues()).isEqualTo("\"TERVO\"");

        DecisionTable removed = new TableEdit.RemoveInput(2).apply(valued);
        assertThat(removed).isEqualTo(seed);
    }

    @Test
    void outputColumnsAreAddedAndRemovedButRoutingKeepsItsOwn() {
        DecisionTable added = new TableEdit.AddOutput("priorityQueue", TypeRef.BOOLEAN, null).apply(seed);
        int at = added.outputIndex("priorityQueue");
        assertThat(at).isEqualTo(seed.outputIndex("rationale")).as("decisions come before the rationale");
        assertThat(added.rules())
                .allSatisfy(r -> assertThat(r.outputEntries().get(at)).isEqualTo("null"));
        assertThat(new TableEdit.RemoveOutput(at).apply(added)).isEqualTo(seed);
        assertRefused(
                () -> new TableEdit.RemoveOutput(seed.outputIndex("supportLevel")).apply(seed),
                "rules.edit.routingColumn");
        assertRefused(
                () -> new TableEdit.RenameOutput(seed.outputIndex("agency"), "who").apply(seed),
                "rules.edit.routingColumn");
        DecisionTable renamed = new TableEdit.RenameOutput(seed.outputIndex("flow"), "serviceFlow").apply(seed);
        assertThat(renamed.outputIndex("serviceFlow")).isEqualTo(seed.outputIndex("flow"));
    }

    @Test
    void theHitPolicyIsOneOfTheSingleHitPolicies() {
        assertThat(new TableEdit.SetHitPolicy(HitPolicy.PRIORITY).apply(seed).hitPolicy())
                .isEqualTo(HitPolicy.PRIORITY);
        assertRefused(() -> new TableEdit.SetHitPolicy(HitPolicy.COLLECT).apply(seed), "rules.edit.multiHit");
    }

    @Test
    void aRulesWordsGoIntoNameAnnotationsAndRationaleOutputsThatTheFrontDeskReads() {
        RuleWording.Wording words = new RuleWording.Wording(
                Map.of("fi", "Hilman Kela-asiat", "sv", "Hilmas FPA-ärenden", "en", "Hilma's Kela errands"),
                Map.of("fi", "Yhdistä Kelan asiantuntija.", "sv", "Koppla in FPA:s expert.", "en", "Connect Kela."));
        DecisionTable t = new TableEdit.SetWording(6, words).apply(seed);
        assertThat(t.annotationNames()).contains("name_fi", "name_sv", "name_en");
        assertThat(t.outputIndex("rationale_sv")).isPositive();
        assertThat(RuleWording.ownName(t, 6, "sv")).isEqualTo("Hilmas FPA-ärenden");
        assertThat(RuleWording.ownName(t, 5, "sv"))
                .as("other rules get no words of their own")
                .isNull();
        assertThat(RuleWording.outputText(t, 6, "rationale")).isEqualTo("Connect Kela.");
        assertThat(DmnReader.readString(DmnWriter.write(t))).isEqualTo(t);
        assertThat(TableCompiler.compile(t)
                        .decide(kelaFacts("MULTI_UNSKILLED", 3))
                        .matchedRuleId(0))
                .isEqualTo("kela-multi-unskilled");

        Decision d = TableCompiler.compile(t).decide(kelaFacts("SELF_DIRECTED", 4));
        assertThat(d.matchedRuleId(0)).isEqualTo("kela-repeat-visits");
        assertThat(RuleRationale.in(Locale.forLanguageTag("sv"), d.matchedRuleId(0), d.outputs()))
                .isEqualTo("Koppla in FPA:s expert.");
        assertRefused(
                () -> new TableEdit.SetWording(6, new RuleWording.Wording(Map.of("fi", "x".repeat(201)), Map.of()))
                        .apply(seed),
                "rules.edit.textTooLong");
    }

    @Test
    void materializingKeepsWhatEveryRuleShowsToday() {
        DecisionTable t = RuleWording.materialize(
                seed, r -> new RuleWording.Wording(Map.of("fi", "sääntö " + r), Map.of("fi", "perustelu " + r)));
        assertThat(RuleWording.ownName(t, 3, "fi")).isEqualTo("sääntö 3");
        assertThat(RuleWording.ownRationale(t, 31, "fi")).isEqualTo("perustelu 31");
        assertThat(RuleWording.ownRationale(t, 31, "sv")).isNull();
        assertThat(RuleWording.materialize(t, r -> new RuleWording.Wording(Map.of("fi", "other"), Map.of())))
                .as("own words are kept")
                .isEqualTo(t);
    }

    @Test
    void theScenarioEditGivesContactSeekingCustomersAKelaSpecialistForKelaErrands() {
        DecisionTable copied = new TableEdit.CopyRule(6).apply(seed);
        DecisionTable narrowed =
                new TableEdit.SetCondition(7, seed.inputIndex("profile"), "\"CONTACT_SEEKING\"").apply(copied);
        DecisionTable edited = new TableEdit.SetCondition(7, seed.inputIndex("visitsLast90Days"), "-").apply(narrowed);
        Decision before = TableCompiler.compile(seed).decide(kelaFacts("CONTACT_SEEKING", 0));
        Decision after = TableCompiler.compile(edited).decide(kelaFacts("CONTACT_SEEKING", 0));
        assertThat(before.outputs()).containsEntry("agency", "NONE").containsEntry("supportLevel", "GUIDED");
        assertThat(after.outputs())
                .containsEntry("agency", "KELA")
                .containsEntry("mode", "REMOTE_SPECIALIST")
                .containsEntry("supportLevel", "GUIDED");
        assertThat(TableCompiler.compile(edited)
                        .decide(kelaFacts("SELF_DIRECTED", 0))
                        .outputs())
                .isEqualTo(TableCompiler.compile(seed)
                        .decide(kelaFacts("SELF_DIRECTED", 0))
                        .outputs());
    }

    static Map<String, Object> kelaFacts(String profile, int visits) {
        Map<String, Object> f = new HashMap<>();
        f.put("profile", profile);
        f.put("task", "KELA_HOUSING_ALLOWANCE");
        f.put("taskAgency", "KELA");
        f.put("strongEid", true);
        f.put("language", "fi");
        f.put("age", new BigDecimal(40));
        f.put("firstVisit", false);
        f.put("needsInterpreter", false);
        f.put("visitsLast90Days", new BigDecimal(visits));
        return f;
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable edit, String key) {
        assertThatThrownBy(edit)
                .isInstanceOfSatisfying(
                        RuleEditRefused.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @SuppressWarnings("unused")
    private static List<String> ids(DecisionTable t) {
        return t.rules().stream().map(Rule::id).toList();
    }
}
