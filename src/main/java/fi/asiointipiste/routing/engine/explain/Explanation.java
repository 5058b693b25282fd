package fi.asiointipiste.routing.engine.explain;

import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import java.util.List;
import java.util.Map;

/**
 * Why a decision came out as it did.
 *
 * @param facts      the input values used, by input name, in column order
 * @param decision   the decision itself (outputs, selected rules or error)
 * @param rules      one trace per rule, in table order
 * @param nearMisses rules that failed on exactly one condition, in table order
 */
public record Explanation(
        Map<String, Object> facts, Decision decision, List<RuleTrace> rules, List<NearMiss> nearMisses) {

    /** One condition of one rule: the cell text, the input value and whether it held. */
    public record Condition(String column, String test, Object value, boolean satisfied) {}

    /**
     * @param matched  all conditions hold
     * @param selected chosen by the hit policy (a matched rule may lose under FIRST or PRIORITY)
     */
    public record RuleTrace(
            String ruleId,
            int index,
            boolean matched,
            boolean selected,
            String description,
            List<Condition> conditions) {}

    /**
     * "Rule {@code ruleId} would apply if {@code column} were {@code suggestedValue}": structured for the server.
     *
     * @param suggestedValue an allowed value satisfying {@code test}, or null if none could be found
     */
    public record NearMiss(String ruleId, String column, Object actualValue, String test, Object suggestedValue) {
        public String sentence() {
            String would = "rule " + ruleId + " would apply if " + column;
            return suggestedValue != null
                    ? would + " were " + FeelValues.toFeel(suggestedValue) + " (condition " + test + ", actual "
                            + FeelValues.toFeel(actualValue) + ")"
                    : would + " satisfied " + test + " (actual " + FeelValues.toFeel(actualValue) + ")";
        }
    }

    /** A readable English report. */
    public String toText() {
        StringBuilder sb = new StringBuilder("Facts:\n");
        facts.forEach((k, v) -> sb.append("  ")
                .append(k)
                .append(" = ")
                .append(FeelValues.toFeel(v))
                .append('\n'));
        if (decision.isError()) {
            sb.append("Decision: ERROR ").append(decision.error()).append('\n');
        } else {
            sb.append("Decision: ").append(decision.outputs()).append('\n');
            sb.append("Selected rules: ")
                    .append(
                            decision.matchCount() == 0
                                    ? "none (no rule matched)"
                                    : String.join(", ", decision.matchedRuleIds()))
                    .append('\n');
        }
        sb.append("Rules:\n");
        for (RuleTrace r : rules) {
            sb.append(r.selected() ? "  * " : r.matched() ? "  + " : "  - ")
                    .append(r.ruleId())
                    .append(r.selected() ? " SELECTED" : r.matched() ? " matched" : " failed");
            if (r.matched() && r.description() != null) {
                sb.append(" (").append(r.description()).append(')');
            }
            sb.append(':');
            for (Condition c : r.conditions()) {
                if (!c.test().isBlank() && !c.test().trim().equals("-")) {
                    sb.append(' ')
                            .append(c.column())
                            .append(' ')
                            .append(c.test().trim())
                            .append(c.satisfied() ? " ok;" : " NO;");
                }
            }
            sb.append('\n');
        }
        if (!nearMisses.isEmpty()) {
            sb.append("Near misses:\n");
            nearMisses.forEach(n -> sb.append("  ").append(n.sentence()).append('\n'));
        }
        return sb.toString();
    }
}
