package fi.asiointipiste.routing.engine.explain;

import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.compile.ColumnDomain;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.ParsedTable;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.feel.UnaryTests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds {@link Explanation}s; stateless and thread-safe. */
public final class Explainer {
    private Explainer() {}

    /**
     * Decides {@code facts} with {@code table} and explains the result. Facts are Java values as for
     * {@link CompiledTable#decide(Map)}; missing facts are null.
     */
    public static Explanation explain(CompiledTable table, Map<String, ?> facts) {
        Decision decision = table.decide(facts);
        ParsedTable parsed = table.parsed();
        List<InputColumn> inputs = table.table().inputs();
        Map<String, Object> values = new LinkedHashMap<>();
        for (InputColumn in : inputs) {
            Object v = facts.get(in.expression());
            values.put(in.expression(), v instanceof Enum<?> e ? e.name() : v);
        }
        Set<Integer> selected = new HashSet<>();
        for (int i = 0; i < decision.matchCount(); i++) {
            selected.add(decision.matchedRuleIndex(i));
        }
        List<Explanation.RuleTrace> traces = new ArrayList<>();
        List<Explanation.NearMiss> nearMisses = new ArrayList<>();
        for (int r = 0; r < table.table().rules().size(); r++) {
            Rule rule = table.table().rules().get(r);
            List<Explanation.Condition> conditions = new ArrayList<>();
            int failed = 0;
            int failedColumn = -1;
            for (int c = 0; c < inputs.size(); c++) {
                UnaryTests test = parsed.tests()[r][c];
                Object v = values.get(inputs.get(c).expression());
                boolean ok = test.matches(v);
                if (!ok) {
                    failed++;
                    failedColumn = c;
                }
                conditions.add(new Explanation.Condition(inputs.get(c).expression(), test.text(), v, ok));
            }
            traces.add(new Explanation.RuleTrace(
                    rule.id(), r, failed == 0, selected.contains(r), rule.description(), List.copyOf(conditions)));
            if (failed == 1) {
                String col = inputs.get(failedColumn).expression();
                nearMisses.add(new Explanation.NearMiss(
                        rule.id(),
                        col,
                        values.get(col),
                        parsed.tests()[r][failedColumn].text().trim(),
                        suggestion(table, parsed, r, failedColumn)));
            }
        }
        return new Explanation(values, decision, List.copyOf(traces), List.copyOf(nearMisses));
    }

    /** An allowed value satisfying the rule's test on the column, preferring listed literals over "other". */
    private static Object suggestion(CompiledTable table, ParsedTable parsed, int rule, int column) {
        ColumnDomain d = table.domain(column);
        boolean[] valid = TableCompiler.validCells(d, parsed.allowedInputs()[column]);
        for (int k = 1; k < d.cellCount(); k++) {
            Object rep = d.representative(k);
            if (valid[k] && rep != ColumnDomain.OTHER_STRING && parsed.tests()[rule][column].matches(rep)) {
                return rep;
            }
        }
        return null;
    }
}
