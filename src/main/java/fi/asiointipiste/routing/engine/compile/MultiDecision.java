package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reusable COLLECT / RULE ORDER decision owned by one {@link FactRow}: deciding only records the matched rule
 * indexes; outputs (lists or aggregates) are built when asked for.
 */
final class MultiDecision extends Decision {
    private final CompiledTable table;
    final int[] matched;
    int count;

    MultiDecision(CompiledTable table) {
        this.table = table;
        this.matched = new int[table.ruleCount()];
    }

    @Override
    public boolean isError() {
        return false;
    }

    @Override
    public EngineError error() {
        return null;
    }

    @Override
    public int matchCount() {
        return count;
    }

    @Override
    public int matchedRuleIndex(int i) {
        if (i >= count) {
            throw new IndexOutOfBoundsException(i);
        }
        return matched[i];
    }

    @Override
    public String matchedRuleId(int i) {
        return table.table().rules().get(matchedRuleIndex(i)).id();
    }

    /**
     * KIE semantics: no match is null (COUNT: 0, plain COLLECT: empty list); COUNT counts distinct values; SUM is null if a value is not a number;
     * MIN/MAX use natural order.
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object output(int column) {
        if (count == 0) {
            // KIE: an unmatched COLLECT COUNT is 0 and plain COLLECT an empty list; the others give null.
            Aggregation a = table.table().aggregation();
            if (a == Aggregation.COUNT) {
                return BigDecimal.ZERO;
            }
            return a == Aggregation.NONE
                            && table.table().hitPolicy() == fi.asiointipiste.routing.engine.HitPolicy.COLLECT
                    ? List.of()
                    : null;
        }
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(table.ruleOutput(matched[i], column));
        }
        Aggregation agg = table.table().aggregation();
        switch (agg) {
            case COUNT:
                Set<Object> distinct = new HashSet<>(values);
                return BigDecimal.valueOf(distinct.size());
            case SUM:
                BigDecimal sum = BigDecimal.ZERO;
                for (Object v : values) {
                    if (!(v instanceof BigDecimal b)) {
                        return null;
                    }
                    sum = sum.add(b);
                }
                return sum;
            case MIN:
            case MAX:
                Comparable best = null;
                for (Object v : values) {
                    Comparable c = (Comparable) v;
                    if (best == null || (agg == Aggregation.MIN ? c.compareTo(best) < 0 : c.compareTo(best) > 0)) {
                        best = c;
                    }
                }
                return best;
            default:
                return Collections.unmodifiableList(values);
        }
    }

    @Override
    public String outputText(int column) {
        Object v = output(column);
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append('|');
                }
                sb.append(FeelValues.toPlain(list.get(i)));
            }
            return sb.toString();
        }
        return FeelValues.toPlain(v);
    }

    @Override
    protected List<String> outputNames() {
        return table.outputNames();
    }

    @Override
    public Decision snapshot() {
        MultiDecision copy = new MultiDecision(table);
        System.arraycopy(matched, 0, copy.matched, 0, count);
        copy.count = count;
        return copy;
    }
}
