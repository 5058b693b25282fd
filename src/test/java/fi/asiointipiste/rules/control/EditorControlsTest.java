package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.entity.TableEdit;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decisions behind the editor page's sections: the cell form, the column list and the test-case fields. */
class EditorControlsTest {

    private final DecisionTable seed = WorkbenchControlsTest.seed();
    private final int kelaRepeat = ruleIndex("kela-repeat-visits");
    private final int elderly = ruleIndex("elderly-without-eid");

    private int ruleIndex(String id) {
        for (int i = 0; i < seed.rules().size(); i++) {
            if (seed.rules().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theCellFormOpensOnThePickerOfItsColumnFilledFromTheCell() {
        CellForm profile = CellForm.of(seed, 0, true, seed.inputIndex("profile"));
        assertThat(profile.getPicker()).isEqualTo("VALUES");
        assertThat(profile.getOptions()).containsExactly("SELF_DIRECTED", "MULTI_UNSKILLED", "CONTACT_SEEKING");
        assertThat(profile.getChosen()).containsExactly("MULTI_UNSKILLED");
        assertThat(profile.getExpert()).isEqualTo("\"MULTI_UNSKILLED\"");
        assertThat(profile.getColumnName()).isEqualTo("profile");

        CellForm eid = CellForm.of(seed, elderly, true, seed.inputIndex("strongEid"));
        assertThat(eid.getPicker()).isEqualTo("BOOLEAN");
        assertThat(eid.getYesNo()).isEqualTo("false");
        CellForm anyEid = CellForm.of(seed, 0, true, seed.inputIndex("strongEid"));
        assertThat(anyEid.getPicker())
                .as("an empty cell opens its column's picker")
                .isEqualTo("BOOLEAN");
        assertThat(anyEid.getYesNo()).isEqualTo(CellForm.ANY);

        CellForm age = CellForm.of(seed, elderly, true, seed.inputIndex("age"));
        assertThat(age.getPicker()).isEqualTo("RANGE");
        assertThat(age.getLow()).isEqualByComparingTo("75");
        assertThat(age.getHigh()).isNull();

        CellForm level = CellForm.of(seed, elderly, false, seed.outputIndex("supportLevel"));
        assertThat(level.getPicker()).isEqualTo("VALUES");
        assertThat(level.getOutputValue()).isEqualTo("FULL_ASSISTANCE");
        assertThat(CellForm.of(seed, elderly, false, seed.outputIndex("rationale"))
                        .getPicker())
                .as("an output without allowed values is typed")
                .isEqualTo("EXPERT");
    }

    @Test
    void whatIsPickedOrTypedBecomesTheEditOfThatCell() {
        int profileColumn = seed.inputIndex("profile");
        CellForm profile = CellForm.of(seed, kelaRepeat, true, profileColumn);
        profile.setChosen(List.of("CONTACT_SEEKING", "SELF_DIRECTED"));
        profile.setNegated(true);
        assertThat(profile.picked(seed))
                .isEqualTo(new TableEdit.SetCondition(
                        kelaRepeat, profileColumn, "not(\"CONTACT_SEEKING\",\"SELF_DIRECTED\")"));
        profile.setChosen(null);
        assertThat(profile.picked(seed)).isEqualTo(new TableEdit.SetCondition(kelaRepeat, profileColumn, "-"));

        int ageColumn = seed.inputIndex("age");
        CellForm age = CellForm.of(seed, elderly, true, ageColumn);
        age.setLow(new BigDecimal(65));
        age.setHigh(new BigDecimal(80));
        age.setHighIncluded(false);
        assertThat(age.picked(seed)).isEqualTo(new TableEdit.SetCondition(elderly, ageColumn, "[65..80)"));

        int eidColumn = seed.inputIndex("strongEid");
        CellForm eid = CellForm.of(seed, elderly, true, eidColumn);
        eid.setYesNo(CellForm.ANY);
        assertThat(eid.picked(seed)).isEqualTo(new TableEdit.SetCondition(elderly, eidColumn, "-"));
        eid.setExpert("true");
        assertThat(eid.typed()).isEqualTo(new TableEdit.SetCondition(elderly, eidColumn, "true"));

        int agencyColumn = seed.outputIndex("agency");
        CellForm agency = CellForm.of(seed, elderly, false, agencyColumn);
        agency.setOutputValue("KELA");
        assertThat(agency.picked(seed)).isEqualTo(new TableEdit.SetOutput(elderly, agencyColumn, "\"KELA\""));
        agency.setOutputValue(" ");
        assertThat(agency.picked(seed)).isEqualTo(new TableEdit.SetOutput(elderly, agencyColumn, "null"));
    }

    @Test
    void aConditionWithoutAllowedValuesOffersTheValuesItsRulesNameOrIsTyped() {
        DecisionTable open = new TableEdit.SetInputValues(seed.inputIndex("profile"), null).apply(seed);
        CellForm named = CellForm.of(open, 0, true, seed.inputIndex("profile"));
        assertThat(named.getPicker()).isEqualTo("VALUES");
        assertThat(named.getOptions()).contains("MULTI_UNSKILLED", "CONTACT_SEEKING");
        DecisionTable text = new TableEdit.AddInput(open.inputs().size(), "postcode", TypeRef.STRING, null).apply(open);
        CellForm typed = CellForm.of(text, 0, true, text.inputs().size() - 1);
        assertThat(typed.getPicker()).as("no values to offer: typed").isEqualTo("EXPERT");
        assertThat(typed.getOptions()).isEmpty();
    }

    @Test
    void aColumnOfTheListIsReadRenamedGivenValuesAndRemoved() {
        ColumnRef language = ColumnRef.parse("in:" + seed.inputIndex("language"));
        assertThat(language.input()).isTrue();
        assertThat(language.key()).isEqualTo("in:4");
        assertThat(language.name(seed)).isEqualTo("language");
        assertThat(language.allowedValues(seed)).isEqualTo("\"fi\",\"sv\",\"en\",\"other\"");
        assertThat(language.rename("  kieli ")).isEqualTo(new TableEdit.RenameInput(4, "kieli"));
        assertThat(language.setValues("\"fi\"")).isEqualTo(new TableEdit.SetInputValues(4, "\"fi\""));
        assertThat(language.remove()).isEqualTo(new TableEdit.RemoveInput(4));

        ColumnRef mode = ColumnRef.parse("out:2");
        assertThat(mode.name(seed)).isEqualTo("mode");
        assertThat(mode.rename("tapa")).isEqualTo(new TableEdit.RenameOutput(2, "tapa"));
        assertThat(mode.remove()).isEqualTo(new TableEdit.RemoveOutput(2));
        assertThat(mode.setValues(null)).isEqualTo(new TableEdit.SetOutputValues(2, null));

        assertThat(ColumnRef.add(seed, true, " postcode ", TypeRef.STRING, "\"70100\""))
                .isEqualTo(new TableEdit.AddInput(seed.inputs().size(), "postcode", TypeRef.STRING, "\"70100\""));
        assertThat(ColumnRef.add(seed, false, "queue", TypeRef.STRING, null))
                .isEqualTo(new TableEdit.AddOutput("queue", TypeRef.STRING, null));
        for (String bad : new String[] {null, "", "in:", "x:1", "in:-1", "out:1;drop"}) {
            assertThatThrownBy(() -> ColumnRef.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aTestCasesFieldsFollowTheTable() {
        Vocabulary words = new Vocabulary(
                Locale.forLanguageTag("fi"),
                key -> key.equals("rules.column.profile") ? "Asiakasprofiili" : null,
                Map.of());
        List<TestFacts.Fact> facts = TestFacts.of(seed, words);
        assertThat(facts).extracting(TestFacts.Fact::name).startsWith("profile", "task", "taskAgency", "strongEid");
        assertThat(facts.get(0).label()).isEqualTo("Asiakasprofiili");
        assertThat(facts.get(0).options()).containsExactly("SELF_DIRECTED", "MULTI_UNSKILLED", "CONTACT_SEEKING");
        assertThat(facts.get(3)).satisfies(f -> {
            assertThat(f.label())
                    .as("a column the bundle does not name keeps its label")
                    .isEqualTo("strongEid");
            assertThat(f.type()).isEqualTo("BOOLEAN");
            assertThat(f.options()).isEmpty();
        });
        assertThat(TestFacts.outputOptions(seed, "mode"))
                .containsExactly("AT_DESK", "ON_SITE_SPECIALIST", "REMOTE_SPECIALIST");
        assertThat(TestFacts.outputOptions(seed, "rationale")).isEmpty();
        assertThat(TestFacts.outputOptions(seed, "nothing")).isEmpty();
    }

    @Test
    void theCheckCountsErrorsAndWarningsAndListsFailingCasesInOrder() {
        TestCase first = new TestCase(null, 1, "a", hilma(), SupportLevel.GUIDED, null, null);
        TestCase second = new TestCase(null, 2, "b", hilma(), SupportLevel.GUIDED, null, null);
        TestCase third = new TestCase(null, 3, "c", hilma(), SupportLevel.GUIDED, null, null);
        setId(first, 11L);
        setId(second, 12L);
        setId(third, 13L);
        RuleSetCheck.Problem error = new RuleSetCheck.Problem(true, "GAP", "gap", List.of(), null, Map.of());
        RuleSetCheck.Problem warning = new RuleSetCheck.Problem(false, "OVERLAP", "o", List.of("r"), null, Map.of());
        DraftAnalysis analysis = new DraftAnalysis(
                List.of(error, warning, warning),
                List.of(),
                List.of(
                        new TestOutcome(11L, true, SupportLevel.GUIDED, "NONE", "AT_DESK", "r", null),
                        new TestOutcome(13L, false, SupportLevel.FULL_ASSISTANCE, "KELA", "AT_DESK", "r", null),
                        new TestOutcome(12L, false, null, null, null, null, "NO_RULE")));
        assertThat(analysis.errors()).isEqualTo(1);
        assertThat(analysis.warnings()).isEqualTo(2);
        assertThat(analysis.failing(List.of(first, second, third)))
                .extracting(f -> f.testCase().getName(), f -> f.outcome().error())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("b", "NO_RULE"),
                        org.assertj.core.groups.Tuple.tuple("c", null));
    }

    private static fi.asiointipiste.routing.entity.RoutingFacts hilma() {
        return WorkbenchControlsTest.facts("CONTACT_SEEKING", "KELA_HOUSING_ALLOWANCE", "KELA", true, 40, 0);
    }

    private static void setId(TestCase c, Long id) {
        try {
            var field = TestCase.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
