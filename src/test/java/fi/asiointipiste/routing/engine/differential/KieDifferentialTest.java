package fi.asiointipiste.routing.engine.differential;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.TestTables;
import fi.asiointipiste.routing.engine.VisitGenerator;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our engine against Apache KIE on the seed table and on random tables of every hit policy (fixed seeds):
 * outputs, errors and selected rules must agree on every input.
 */
class KieDifferentialTest {
    static final int INPUTS_PER_FAMILY = Integer.getInteger("differential.inputs", 100_000);

    @Test
    void seedTableAgreesWithKieOnRandomVisits() {
        VisitGenerator visits = new VisitGenerator(42);
        List<String> disagreements = compare(TestTables.seed(), visits::next, INPUTS_PER_FAMILY);
        assertThat(disagreements).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "UNIQUE, NONE",
        "FIRST, NONE",
        "PRIORITY, NONE",
        "ANY, NONE",
        "COLLECT, NONE",
        "RULE_ORDER, NONE",
        "COLLECT, SUM",
        "COLLECT, MIN",
        "COLLECT, MAX",
        "COLLECT, COUNT"
    })
    void randomTablesAgreeWithKie(HitPolicy policy, Aggregation aggregation) {
        int tables = 4;
        // The aggregations form one family together, so each gets a quarter of its inputs.
        int perTable = INPUTS_PER_FAMILY / tables / (aggregation == Aggregation.NONE ? 1 : 4);
        List<String> disagreements = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            long seed = 1000L * policy.ordinal() + 100L * aggregation.ordinal() + t;
            RandomTables gen = new RandomTables(seed);
            DecisionTable table = gen.table(policy, aggregation, 40 + t * 5);
            disagreements.addAll(compare(table, gen::input, perTable));
        }
        assertThat(disagreements).isEmpty();
    }

    private static List<String> compare(DecisionTable table, Supplier<Map<String, Object>> inputs, int count) {
        CompiledTable ours = TableCompiler.compile(table);
        KieReference kie = new KieReference(table);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < count && disagreements.size() < 10; i++) {
            Map<String, Object> facts = inputs.get();
            Decision d = ours.decide(facts);
            Object expected = kie.evaluate(facts);
            String a = canonical(ours(d, table));
            String b = canonical(expected);
            if (!a.equals(b)) {
                disagreements.add(facts + ": ours=" + a + " kie=" + b + " rules=" + d.matchedRuleIds() + " kieRules="
                        + kie.selected() + describe(table, kie.selected()));
            } else if (expected != KieReference.ERROR
                    && table.aggregation() == Aggregation.NONE
                    && !d.matchedRuleIds().equals(kie.selected())) {
                disagreements.add(facts + ": ours selected " + d.matchedRuleIds() + ", kie " + kie.selected());
            }
        }
        return disagreements;
    }

    private static String describe(DecisionTable table, List<String> ids) {
        return table.rules().stream()
                .filter(r -> ids.contains(r.id()))
                .map(r -> r.id() + r.inputEntries())
                .collect(Collectors.joining(" "));
    }

    /** Our decision shaped like KIE's result: value, context map, or list of those. */
    private static Object ours(Decision d, DecisionTable table) {
        if (d.isError()) {
            return KieReference.ERROR;
        }
        if (d.matchCount() == 0 && table.aggregation() == Aggregation.NONE) {
            return table.hitPolicy() == HitPolicy.COLLECT ? List.of() : null;
        }
        boolean multi = !table.hitPolicy().isSingleHit() && table.aggregation() == Aggregation.NONE;
        if (table.outputs().size() == 1) {
            return d.output(0);
        }
        if (!multi) {
            return d.outputs();
        }
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < d.matchCount(); i++) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int o = 0; o < table.outputs().size(); o++) {
                row.put(table.outputs().get(o).name(), ((List<?>) d.output(o)).get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Order-independent text form; numbers compared by value. */
    static String canonical(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(e -> e.getKey() + "=" + canonical(e.getValue()))
                    .sorted()
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(KieDifferentialTest::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        return v.toString();
    }
}
