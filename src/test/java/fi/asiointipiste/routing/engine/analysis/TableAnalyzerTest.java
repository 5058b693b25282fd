package fi.asiointipiste.routing.engine.analysis;

import static fi.asiointipiste.routing.engine.TestTables.in;
import static fi.asiointipiste.routing.engine.TestTables.out;
import static fi.asiointipiste.routing.engine.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.TestTables;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableAnalyzerTest {
    static DecisionTable t(HitPolicy policy, String... rules) {
        return table(
                policy,
                List.of(
                        in("profile", TypeRef.STRING, "\"SELF_DIRECTED\",\"MULTI_UNSKILLED\""),
                        in("strongEid", TypeRef.BOOLEAN, "true,false"),
                        in("age", TypeRef.NUMBER, "[0..120]")),
                List.of(out("level", TypeRef.STRING)),
                rules);
    }

    @Test
    void seedTableHasNoErrorsOrWarnings() {
        AnalysisReport report = TableAnalyzer.analyze(TestTables.seed());
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void findsGapWithExampleOverEnumBooleanAndNumericIntervals() {
        AnalysisReport r = TableAnalyzer.analyze(t(
                HitPolicy.FIRST,
                "\"SELF_DIRECTED\" | true | - => \"S\"",
                "- | false | < 65 => \"G\"",
                "\"MULTI_UNSKILLED\" | - | - => \"F\""));
        assertThat(r.withCode("GAP")).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .isEqualTo(
                            "No rule matches profile = \"SELF_DIRECTED\", strongEid = false, age in {65, (65..120), 120}");
            assertThat(f.example())
                    .containsEntry("profile", "SELF_DIRECTED")
                    .containsEntry("strongEid", false)
                    .containsEntry("age", new BigDecimal("65"));
        });
        // The example really is uncovered:
        assertThat(TableCompiler.compile(t(
                                HitPolicy.FIRST,
                                "\"SELF_DIRECTED\" | true | - => \"S\"",
                                "- | false | < 65 => \"G\"",
                                "\"MULTI_UNSKILLED\" | - | - => \"F\""))
                        .decide(r.withCode("GAP").get(0).example())
                        .matchCount())
                .isZero();
    }

    @Test
    void nullIsAGapWhereAColumnHasNoAllowedValues() {
        DecisionTable table = table(
                HitPolicy.FIRST,
                List.of(in("age", TypeRef.NUMBER)),
                List.of(out("level", TypeRef.STRING)),
                ">= 75 => \"F\"",
                "< 75 => \"G\"");
        assertThat(TableAnalyzer.analyze(table).withCode("GAP"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("No rule matches age = null"));
    }

    @Test
    void findsOverlapUnderUniqueWithExample() {
        AnalysisReport r = TableAnalyzer.analyze(t(
                HitPolicy.UNIQUE,
                "- | true | [18..64] => \"S\"",
                "\"SELF_DIRECTED\" | - | >= 60 => \"G\"",
                "- | - | < 18 => \"F\"",
                "- | false | >= 18 => \"F\"",
                "- | true | > 64 => \"F\""));
        assertThat(r.withCode("OVERLAP"))
                .extracting(Finding::ruleIds)
                .containsExactly(List.of("r1", "r2"), List.of("r2", "r4"), List.of("r2", "r5"));
        assertThat(r.withCode("OVERLAP").get(0).example())
                .containsEntry("profile", "SELF_DIRECTED")
                .containsEntry("strongEid", true)
                .containsEntry("age", new BigDecimal("60"));
    }

    @Test
    void anyOnlyReportsOverlapsWithDifferentOutputs() {
        AnalysisReport r = TableAnalyzer.analyze(t(
                HitPolicy.ANY,
                "- | true | - => \"S\"",
                "\"SELF_DIRECTED\" | true | - => \"S\"",
                "- | false | - => \"G\"",
                "\"MULTI_UNSKILLED\" | false | - => \"F\""));
        assertThat(r.withCode("OVERLAP")).extracting(Finding::ruleIds).containsExactly(List.of("r3", "r4"));
    }

    @Test
    void findsRulesShadowedUnderFirstByEarlierRules() {
        AnalysisReport r = TableAnalyzer.analyze(t(
                HitPolicy.FIRST,
                "- | true | - => \"S\"",
                "- | false | < 50 => \"G\"",
                "- | false | >= 50 => \"F\"",
                "\"SELF_DIRECTED\" | - | [20..30] => \"X\"",
                "- | - | - => \"Y\""));
        assertThat(r.withCode("SHADOWED"))
                .extracting(Finding::ruleIds)
                .containsExactly(List.of("r4", "r2"), List.of("r5", "r2"));
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void reportsRulesThatMatchNoAllowedInput() {
        AnalysisReport r = TableAnalyzer.analyze(t(HitPolicy.FIRST, "- | - | [10..5] => \"X\"", "- | - | - => \"Y\""));
        assertThat(r.withCode("UNMATCHABLE")).extracting(Finding::ruleIds).containsExactly(List.of("r1"));
    }

    @Test
    void reportsParseErrorsAndStops() {
        AnalysisReport r = TableAnalyzer.analyze(t(HitPolicy.FIRST, "< 3 | - | - => \"X\""));
        assertThat(r.errors()).extracting(Finding::code).containsExactly("TYPE");
    }

    @Test
    void analysesA200RuleTableQuickly() {
        DecisionTable big = fi.asiointipiste.routing.engine.GeneratedTables.wide(200, 7);
        AnalysisReport r = TableAnalyzer.analyze(big);
        assertThat(r.withCode("INCOMPLETE")).isEmpty();
    }
}
