package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.EngineError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of deciding one visit. For single-hit policies the instance is precomputed per rule and immutable;
 * for COLLECT and RULE ORDER it is the row's reusable holder, valid until the row is decided again (see
 * {@link #snapshot()}). With no matching rule every output is null, as in KIE.
 */
public abstract class Decision {

    /** Whether evaluation failed (UNIQUE overlap, ANY conflict, input not allowed, bad input value). */
    public abstract boolean isError();

    /** The error, or null. */
    public abstract EngineError error();

    /** Number of selected rules: 0 or 1 for single-hit policies, all matches for COLLECT and RULE ORDER. */
    public abstract int matchCount();

    /** Index in the table of the i-th selected rule. */
    public abstract int matchedRuleIndex(int i);

    /** Id of the i-th selected rule. */
    public abstract String matchedRuleId(int i);

    /**
     * Value of an output column: for single-hit policies the rule's literal; for COLLECT with an aggregation the
     * aggregate; otherwise a list of the selected rules' values in rule order.
     */
    public abstract Object output(int column);

    /** Output value as plain text (strings unquoted, lists joined with '|'), for CSV and logs. */
    public abstract String outputText(int column);

    /** The output column names, in table order. */
    protected abstract List<String> outputNames();

    public List<String> matchedRuleIds() {
        List<String> ids = new ArrayList<>(matchCount());
        for (int i = 0; i < matchCount(); i++) {
            ids.add(matchedRuleId(i));
        }
        return Collections.unmodifiableList(ids);
    }

    /** Output name to value, in column order. */
    public Map<String, Object> outputs() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> names = outputNames();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), output(i));
        }
        return Collections.unmodifiableMap(m);
    }

    /** An immutable copy that survives further use of the row. */
    public Decision snapshot() {
        return this;
    }

    @Override
    public String toString() {
        return isError() ? "Decision[" + error() + "]" : "Decision" + outputs() + " rules=" + matchedRuleIds();
    }
}
