package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import java.util.List;

/** Immutable decision with at most one selected rule, or an error; precomputed per rule at compile time. */
final class SingleDecision extends Decision {
    private final int ruleIndex;
    private final String ruleId;
    private final Object[] values;
    private final String[] texts;
    private final List<String> names;
    private final EngineError error;

    SingleDecision(int ruleIndex, String ruleId, Object[] values, List<String> names, EngineError error) {
        this.ruleIndex = ruleIndex;
        this.ruleId = ruleId;
        this.values = values.clone();
        this.names = names;
        this.error = error;
        this.texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = FeelValues.toPlain(values[i]);
        }
    }

    static SingleDecision error(EngineError error, List<String> names) {
        return new SingleDecision(-1, null, new Object[names.size()], names, error);
    }

    @Override
    public boolean isError() {
        return error != null;
    }

    @Override
    public EngineError error() {
        return error;
    }

    @Override
    public int matchCount() {
        return ruleIndex < 0 ? 0 : 1;
    }

    @Override
    public int matchedRuleIndex(int i) {
        if (i != 0 || ruleIndex < 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return ruleIndex;
    }

    @Override
    public String matchedRuleId(int i) {
        matchedRuleIndex(i);
        return ruleId;
    }

    @Override
    public Object output(int column) {
        return values[column];
    }

    @Override
    public String outputText(int column) {
        return texts[column];
    }

    @Override
    protected List<String> outputNames() {
        return names;
    }
}
