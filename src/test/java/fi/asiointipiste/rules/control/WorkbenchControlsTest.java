package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.entity.TableEdit;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Pickers, words, unused values, test runs and the test-case CSV of the workbench, on the seed table. */
class WorkbenchControlsTest {

    private final DecisionTable seed = seed();

    static DecisionTable seed() {
        try (InputStream in =
                WorkbenchControlsTest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            return DmnReader.read(in, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyConditionThePickersCanShowComesBackAsTheSameText() {
        assertThat(CellPicker.read(TypeRef.STRING, "\"KELA\",\"TAX\"")).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CellPicker.Kind.VALUES);
            assertThat(c.values()).containsExactly("KELA", "TAX");
            assertThat(CellPicker.values(c.values(), c.negated())).isEqualTo("\"KELA\",\"TAX\"");
        });
        assertThat(CellPicker.read(TypeRef.STRING, "not(\"KELA\")").negated()).isTrue();
        assertThat(CellPicker.values(List.of("KELA"), true)).isEqualTo("not(\"KELA\")");
        assertThat(CellPicker.values(List.of(), false)).isEqualTo("-");
        assertThat(CellPicker.read(TypeRef.BOOLEAN, "false").yes()).isFalse();
        assertThat(CellPicker.yesNo(null)).isEqualTo("-");
        assertThat(CellPicker.read(TypeRef.NUMBER, ">= 75")).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CellPicker.Kind.RANGE);
            assertThat(c.low()).isEqualByComparingTo("75");
            assertThat(c.high()).isNull();
            assertThat(CellPicker.range(c.low(), c.lowIncluded(), c.high(), c.highIncluded()))
                    .isEqualTo(">= 75");
        });
        assertThat(CellPicker.read(TypeRef.NUMBER, "[15..24]").high()).isEqualByComparingTo("24");
        assertThat(CellPicker.range(new BigDecimal(15), true, new BigDecimal(25), false))
                .isEqualTo("[15..25)");
        assertThat(CellPicker.range(null, true, new BigDecimal(65), false)).isEqualTo("< 65");
        assertThat(CellPicker.range(new BigDecimal(3), true, new BigDecimal(3), true))
                .isEqualTo("3");
        assertThat(CellPicker.read(TypeRef.NUMBER, "< 18, > 64").kind()).isEqualTo(CellPicker.Kind.EXPERT);
        assertThat(CellPicker.read(TypeRef.STRING, "null").kind()).isEqualTo(CellPicker.Kind.EXPERT);
        assertThat(CellPicker.read(TypeRef.STRING, "\"KELA").kind()).isEqualTo(CellPicker.Kind.EXPERT);
        assertThat(CellPicker.read(TypeRef.STRING, "-").kind()).isEqualTo(CellPicker.Kind.ANY);
        assertThat(CellPicker.output(TypeRef.STRING, "say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(CellPicker.outputValue("\"say \\\"hi\\\"\"")).isEqualTo("say \"hi\"");
        assertThat(CellPicker.output(TypeRef.NUMBER, " ")).isEqualTo("null");
    }

    @Test
    void theTableReadsInTheCoordinatorsWords() {
        Vocabulary fi = vocabulary(Locale.forLanguageTag("fi"));
        assertThat(fi.column("profile", "profile")).isEqualTo("Asiakasprofiili");
        assertThat(fi.column("myOwnFact", "Oma tieto")).isEqualTo("Oma tieto");
        assertThat(fi.condition("profile", "\"MULTI_UNSKILLED\"")).isEqualTo("Pera Monitaidoton");
        assertThat(fi.condition("taskAgency", "not(\"KELA\",\"TAX\")")).isEqualTo("ei: Kela, Verohallinto");
        assertThat(fi.condition("age", ">= 75")).isEqualTo("≥\u00a075");
        assertThat(fi.condition("age", "[15..24]")).isEqualTo("15–24");
        assertThat(fi.condition("strongEid", "false")).isEqualTo("Ei");
        assertThat(fi.condition("age", "-")).isEmpty();
        assertThat(fi.output("supportLevel", "\"FULL_ASSISTANCE\"")).isEqualTo("Täysi tuki");
        assertThat(fi.output("agency", "\"NONE\"")).isEqualTo("Ei viranomaista");
        assertThat(fi.output("mode", "\"REMOTE_SPECIALIST\"")).isEqualTo("Asiantuntija etäyhteydellä");
        assertThat(fi.hitPolicy(HitPolicy.FIRST)).contains("ensimmäinen");
        assertThat(vocabulary(Locale.ENGLISH).hitPolicy(HitPolicy.FIRST)).contains("first");
        assertThat(Wordings.name(seed, 0, Locale.forLanguageTag("sv"))).isNotEqualTo("housing-multi-unskilled");
        assertThat(Wordings.rationale(seed, 0, Locale.forLanguageTag("fi")))
                .isEqualTo("Täytä vuokra-asuntohakemus yhdessä kunnan asuntotoimen työntekijän kanssa.");
        DecisionTable added = new TableEdit.AddRule(0).apply(seed);
        assertThat(Wordings.name(added, 0, Locale.ENGLISH))
                .isEqualTo(added.rules().get(0).id());
    }

    @Test
    void allowedValuesNoRuleUsesAreListed() {
        List<UnusedValues.Unused> unused = UnusedValues.of(seed);
        assertThat(unused)
                .extracting(u -> u.column() + "=" + u.value())
                .contains("agency=DVV", "agency=TAX", "agency=POLICE", "language=fi", "task=KELA_HOUSING_ALLOWANCE")
                .doesNotContain("agency=KELA", "supportLevel=GUIDED", "language=other", "task=RENTAL_APARTMENT");
        assertThat(unused)
                .filteredOn(u -> u.column().equals("agency"))
                .allSatisfy(u -> assertThat(u.input()).isFalse());
    }

    @Test
    void testCasesPassOrFailWithWhatTheTableDecided() {
        TestCase pera = new TestCase(
                null,
                1,
                "Pera, vuokra-asunto",
                facts("MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, 58, 0),
                SupportLevel.FULL_ASSISTANCE,
                "MUNICIPALITY",
                "ON_SITE_SPECIALIST");
        TestCase hilma = new TestCase(
                null,
                2,
                "Hilma, asumistuki",
                facts("CONTACT_SEEKING", "KELA_HOUSING_ALLOWANCE", "KELA", true, 40, 0),
                SupportLevel.GUIDED,
                "NONE",
                "AT_DESK");
        TestCase anyAgency = new TestCase(null, 3, "Hilma, any agency", hilma.facts(), SupportLevel.GUIDED, null, null);
        TestCase unknown = new TestCase(
                null,
                4,
                "tuntematon profiili",
                facts("NOBODY", "TAX_CARD", "TAX", true, 40, 0),
                SupportLevel.GUIDED,
                null,
                null);
        List<TestCase> cases = List.of(pera, hilma, anyAgency, unknown);
        List<TestOutcome> before = TestRun.run(seed, cases);
        assertThat(before).extracting(TestOutcome::passed).containsExactly(true, true, true, false);
        assertThat(before.get(0).ruleId()).isEqualTo("housing-multi-unskilled");
        assertThat(before.get(3).error()).isEqualTo("INPUT_NOT_ALLOWED");

        DecisionTable edited = new TableEdit.SetCondition(7, seed.inputIndex("visitsLast90Days"), "-")
                .apply(new TableEdit.SetCondition(7, seed.inputIndex("profile"), "\"CONTACT_SEEKING\"")
                        .apply(new TableEdit.CopyRule(6).apply(seed)));
        List<TestOutcome> after = TestRun.run(edited, cases);
        assertThat(after).extracting(TestOutcome::passed).containsExactly(true, false, true, false);
        assertThat(after.get(1)).satisfies(o -> {
            assertThat(o.level()).isEqualTo(SupportLevel.GUIDED);
            assertThat(o.agency()).isEqualTo("KELA");
            assertThat(o.mode()).isEqualTo("REMOTE_SPECIALIST");
            assertThat(o.ruleId()).isEqualTo("kela-repeat-visits-2");
        });
        DecisionTable broken = new DecisionTable(
                seed.identity(),
                seed.hitPolicy(),
                seed.aggregation(),
                seed.inputs(),
                seed.outputs(),
                seed.annotationNames(),
                List.of(new fi.asiointipiste.routing.engine.Rule(
                        "x",
                        List.of("[1..", "-", "-", "-", "-", "-", "-", "-", "-"),
                        seed.rules().get(0).outputEntries(),
                        null,
                        List.of())));
        assertThat(TestRun.run(broken, cases))
                .allSatisfy(o -> assertThat(o.error()).isEqualTo(TestRun.TABLE_ERRORS));
    }

    @Test
    void testCasesGoOutAsCsvAndComeBackTheSame() {
        TestCase pera = new TestCase(
                null,
                1,
                "Pera, \"vuokra\", asunto",
                facts("MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, 58, 0),
                SupportLevel.FULL_ASSISTANCE,
                "MUNICIPALITY",
                null);
        String csv = TestCaseCsv.write(seed, List.of(pera));
        assertThat(csv)
                .startsWith("name,profile,task,taskAgency,strongEid,language,age,firstVisit,needsInterpreter,"
                        + "visitsLast90Days,expectedLevel,expectedAgency,expectedMode\r\n");
        TestCaseCsv.Result back = TestCaseCsv.read(seed, csv);
        assertThat(back.problems()).isEmpty();
        TestCaseCsv.Row row = back.rows().get(0);
        assertThat(row.name()).isEqualTo("Pera, \"vuokra\", asunto");
        assertThat(row.facts().values())
                .containsEntry("profile", "MULTI_UNSKILLED")
                .containsEntry("strongEid", false);
        assertThat(((BigDecimal) row.facts().get("age"))).isEqualByComparingTo("58");
        assertThat(row.level()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(row.agency()).isEqualTo("MUNICIPALITY");
        assertThat(row.mode()).isNull();

        String semicolons = "name;profile;age;expectedLevel\nOuti;SELF_DIRECTED;34,5;self_service\n";
        assertThat(TestCaseCsv.read(seed, semicolons).rows()).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo(SupportLevel.SELF_SERVICE);
            assertThat((BigDecimal) r.facts().get("age")).isEqualByComparingTo("34.5");
            assertThat(r.facts().get("task")).isNull();
        });
    }

    @Test
    void everyBadLineOfACsvIsToldWithItsLineAndNothingIsTaken() {
        String csv = "name,profile,strongEid,expectedLevel,shoeSize\n";
        assertThat(TestCaseCsv.read(seed, csv).problems())
                .extracting(TestCaseCsv.Problem::key, TestCaseCsv.Problem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rules.tests.csv.unknownColumn", "shoeSize"));
        String lines = "name,profile,strongEid,age,expectedLevel,expectedMode\n"
                + "ok,SELF_DIRECTED,true,30,GUIDED,\n"
                + "bad,SELF_DIRECTED,maybe,thirty,SOMETIMES,at desk\n"
                + ",SELF_DIRECTED,true,30,GUIDED,\n"
                + "short,SELF_DIRECTED\n";
        TestCaseCsv.Result result = TestCaseCsv.read(seed, lines);
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(TestCaseCsv.Problem::line, TestCaseCsv.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "rules.tests.csv.value"),
                        org.assertj.core.groups.Tuple.tuple(3, "rules.tests.csv.value"),
                        org.assertj.core.groups.Tuple.tuple(3, "rules.tests.csv.level"),
                        org.assertj.core.groups.Tuple.tuple(3, "rules.tests.csv.code"),
                        org.assertj.core.groups.Tuple.tuple(4, "rules.tests.csv.name"),
                        org.assertj.core.groups.Tuple.tuple(5, "rules.tests.csv.fieldCount"));
        assertThat(TestCaseCsv.read(seed, "").problems())
                .extracting(TestCaseCsv.Problem::key)
                .containsExactly("rules.tests.csv.empty");
    }

    @Test
    void wordsWrittenForTheFirstTimeChangeOnlyTheirRuleInTheDiff() {
        DecisionTable materialized =
                fi.asiointipiste.rules.entity.RuleWording.materialize(seed, r -> Wordings.shown(seed, r));
        assertThat(fi.asiointipiste.rules.entity.RuleWording.ownRationale(materialized, 0, "sv"))
                .as("the seed's Swedish rationale from the bundle")
                .isNotBlank()
                .isNotEqualTo(fi.asiointipiste.rules.entity.RuleWording.outputText(seed, 0, "rationale"));
        DecisionTable worded = new TableEdit.SetWording(
                        6,
                        new fi.asiointipiste.rules.entity.RuleWording.Wording(
                                Map.of("fi", "Uusi nimi"), Map.of("fi", "Uusi perustelu")))
                .apply(materialized);
        assertThat(fi.asiointipiste.rules.entity.TableDiff.between(seed, worded)
                        .count(fi.asiointipiste.rules.entity.TableDiff.Change.CHANGED))
                .as("cell by cell")
                .isEqualTo(32);
        fi.asiointipiste.rules.entity.TableDiff diff = WordedDiff.between(seed, worded);
        assertThat(diff.rows())
                .filteredOn(r -> r.change() == fi.asiointipiste.rules.entity.TableDiff.Change.CHANGED)
                .extracting(fi.asiointipiste.rules.entity.TableDiff.Row::ruleId)
                .containsExactly("kela-repeat-visits");
        assertThat(WordedDiff.between(seed, materialized).identical()).isTrue();

        fi.asiointipiste.rules.entity.RuleWording.Wording copy = Wordings.copyOf(Wordings.shown(seed, 6));
        assertThat(copy.name("fi")).isEqualTo("Toistuvat Kela-käynnit (kopio)");
        assertThat(copy.name("en")).isEqualTo("Repeated Kela visits (copy)");
        assertThat(copy.rationale("sv")).isEqualTo(Wordings.rationale(seed, 6, Locale.forLanguageTag("sv")));
    }

    static RoutingFacts facts(String profile, String task, String agency, boolean eid, int age, int visits) {
        return RoutingFacts.of(profile, task, agency, eid, "fi", age, false, false, visits);
    }

    static Vocabulary vocabulary(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("fi.asiointipiste.i18n.messages", locale);
        return new Vocabulary(
                locale,
                key -> bundle.containsKey(key) ? bundle.getString(key) : null,
                Map.of(
                        "profile", Map.of("MULTI_UNSKILLED", "Pera Monitaidoton"),
                        "taskAgency", Map.of("KELA", "Kela", "TAX", "Verohallinto"),
                        "agency", Map.of("KELA", "Kela")));
    }
}
