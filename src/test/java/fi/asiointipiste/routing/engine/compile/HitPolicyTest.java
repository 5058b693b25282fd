package fi.asiointipiste.routing.engine.compile;

import static fi.asiointipiste.routing.engine.TestTables.in;
import static fi.asiointipiste.routing.engine.TestTables.out;
import static fi.asiointipiste.routing.engine.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.TypeRef;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HitPolicyTest {
    /** r1: age >= 18 → GUIDED 1; r2: age >= 65 → FULL 2; r3: age < 18 → SELF 3; r4: age >= 65 → GUIDED 1. */
    static DecisionTable ages(HitPolicy policy, Aggregation aggregation) {
        return table(
                policy,
                aggregation,
                List.of(in("age", TypeRef.NUMBER)),
                aggregation == Aggregation.NONE
                        ? List.of(
                                out("level", TypeRef.STRING, "\"FULL_ASSISTANCE\",\"GUIDED\",\"SELF_SERVICE\""),
                                out("n", TypeRef.NUMBER))
                        : List.of(out("n", TypeRef.NUMBER)),
                aggregation == Aggregation.NONE
                        ? new String[] {
                            ">= 18 => \"GUIDED\" | 1",
                            ">= 65 => \"FULL_ASSISTANCE\" | 2",
                            "< 18 => \"SELF_SERVICE\" | 3",
                            ">= 65 => \"GUIDED\" | 1"
                        }
                        : new String[] {">= 18 => 1", ">= 65 => 2", "< 18 => 3", ">= 65 => 1"});
    }

    @ParameterizedTest(name = "{0} {1} age={2} -> {3}")
    @CsvSource(
            delimiter = ';',
            nullValues = "NULL",
            value = {
                "FIRST; NONE; 70; r1; level=GUIDED",
                "FIRST; NONE; 10; r3; level=SELF_SERVICE",
                "FIRST; NONE; NULL; ''; level=NULL",
                "PRIORITY; NONE; 70; r2; level=FULL_ASSISTANCE",
                "PRIORITY; NONE; 30; r1; level=GUIDED",
                "UNIQUE; NONE; 30; r1; level=GUIDED",
                "UNIQUE; NONE; 70; ERROR UNIQUE_OVERLAP r1,r2,r4; ",
                "ANY; NONE; 30; r1; level=GUIDED",
                "ANY; NONE; 70; ERROR ANY_CONFLICT r1,r2,r4; ",
                "RULE_ORDER; NONE; 70; r1|r2|r4; level=GUIDED|FULL_ASSISTANCE|GUIDED",
                "RULE_ORDER; NONE; NULL; ''; level=",
                "COLLECT; NONE; 70; r1|r2|r4; n=1|2|1",
                "COLLECT; SUM; 70; r1|r2|r4; n=4",
                "COLLECT; MIN; 70; r1|r2|r4; n=1",
                "COLLECT; MAX; 70; r1|r2|r4; n=2",
                "COLLECT; COUNT; 70; r1|r2|r4; n=2",
                "COLLECT; COUNT; NULL; ''; n=0"
            })
    void selectsRulesByHitPolicy(
            HitPolicy policy, Aggregation aggregation, BigDecimal age, String expected, String output) {
        CompiledTable t = TableCompiler.compile(ages(policy, aggregation));
        Map<String, Object> facts = new HashMap<>();
        facts.put("age", age);
        Decision d = t.decide(facts);
        if (expected.startsWith("ERROR")) {
            String[] parts = expected.split(" ");
            assertThat(d.isError()).isTrue();
            assertThat(d.error().code()).isEqualTo(parts[1]);
            assertThat(d.error().ruleIds()).containsExactly(parts[2].split(","));
            return;
        }
        assertThat(String.join("|", d.matchedRuleIds())).isEqualTo(expected);
        String[] kv = output.split("=", -1);
        int col = t.outputNames().indexOf(kv[0]);
        assertThat(
                        kv[1].equals("NULL")
                                ? d.output(col) == null
                                : d.outputText(col).equals(kv[1]))
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FIRST", "PRIORITY", "UNIQUE", "ANY"})
    void singleHitDecisionsAreSharedInstancesSoDecidingDoesNotAllocate(HitPolicy policy) {
        CompiledTable t = TableCompiler.compile(ages(policy, Aggregation.NONE));
        FactRow row = t.newRow();
        Decision first = t.decide(row.setNumber(0, 30));
        Decision second = t.decide(row.setNumber(0, 40));
        assertThat(second).isSameAs(first);
    }
}
