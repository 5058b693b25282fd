package fi.asiointipiste.routing.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.TestTables;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainerTest {
    private final CompiledTable seed = TableCompiler.compile(TestTables.seed());

    private Explanation explain(String facts) {
        return Explainer.explain(seed, FactText.parse(seed.table(), facts));
    }

    @Test
    void namesTheSelectedRuleAndEachConditionResult() {
        Explanation e = explain("profile=MULTI_UNSKILLED,task=RENTAL_APARTMENT,taskAgency=MUNICIPALITY,"
                + "strongEid=false,language=fi,age=40,firstVisit=true,needsInterpreter=false,visitsLast90Days=0");
        assertThat(e.decision().matchedRuleIds()).containsExactly("housing-multi-unskilled");
        Explanation.RuleTrace first = e.rules().get(0);
        assertThat(first.selected()).isTrue();
        assertThat(first.conditions())
                .filteredOn(c -> c.column().equals("task"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.test()).isEqualTo("\"RENTAL_APARTMENT\"");
                    assertThat(c.value()).isEqualTo("RENTAL_APARTMENT");
                    assertThat(c.satisfied()).isTrue();
                });
        // later rules that also match are reported as matched but not selected under FIRST
        assertThat(e.rules())
                .filteredOn(r -> r.ruleId().equals("multi-unskilled"))
                .singleElement()
                .satisfies(r -> assertThat(r.matched() && !r.selected()).isTrue());
        assertThat(e.toText()).contains("* housing-multi-unskilled SELECTED");
    }

    @Test
    void nearMissSaysWhichSingleConditionWouldMakeARuleApply() {
        Explanation e = explain("profile=SELF_DIRECTED,task=TAX_CARD,taskAgency=TAX,strongEid=false,language=fi,"
                + "age=40,firstVisit=false,needsInterpreter=false,visitsLast90Days=0");
        assertThat(e.nearMisses())
                .filteredOn(n -> n.ruleId().equals("self-directed-with-eid"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.column()).isEqualTo("strongEid");
                    assertThat(n.actualValue()).isEqualTo(false);
                    assertThat(n.test()).isEqualTo("true");
                    assertThat(n.suggestedValue()).isEqualTo(true);
                    assertThat(n.sentence())
                            .startsWith("rule self-directed-with-eid would apply if strongEid were true");
                });
    }

    @Test
    void explainsErrorsToo() {
        Explanation e = Explainer.explain(seed, Map.of("profile", "NOBODY"));
        assertThat(e.decision().isError()).isTrue();
        assertThat(e.toText()).contains("INPUT_NOT_ALLOWED");
    }
}
