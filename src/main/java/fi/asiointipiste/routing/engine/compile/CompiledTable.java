package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, thread-safe evaluator for one decision table. Per input column it holds, for every cell of the
 * column's {@link ColumnDomain}, the bitset of rules whose test the cell satisfies; deciding ANDs these bitsets and
 * picks rules by hit policy. Rule bits are in rule order, except for PRIORITY where they are sorted by output
 * priority (ties by rule order) so that the winner is the lowest set bit. Single-hit decisions are precomputed, so
 * {@link #decide(FactRow)} does not allocate except to report an error.
 */
public final class CompiledTable {
    private final DecisionTable table;
    private final ColumnDomain[] domains;
    private final boolean[][] valid;
    private final long[][] masks;
    private final long[] allRules;
    private final int words;
    private final int[] bitToRule;
    private final int[] outputClassByBit;
    private final SingleDecision[] decisionByBit;
    private final SingleDecision noMatch;
    private final Object[][] ruleOutputs;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> outputNames;
    private final HitPolicy policy;
    private final ParsedTable parsed;

    CompiledTable(
            ParsedTable parsed,
            ColumnDomain[] domains,
            boolean[][] valid,
            long[][] masks,
            int[] bitToRule,
            Object[][] ruleOutputs) {
        this.parsed = parsed;
        this.table = parsed.table();
        this.policy = table.hitPolicy();
        this.domains = domains;
        this.valid = valid;
        this.masks = masks;
        this.bitToRule = bitToRule;
        this.ruleOutputs = ruleOutputs;
        int n = bitToRule.length;
        this.words = Math.max(1, (n + 63) / 64);
        this.allRules = new long[words];
        for (int b = 0; b < n; b++) {
            allRules[b >>> 6] |= 1L << b;
        }
        for (int i = 0; i < table.inputs().size(); i++) {
            slots.put(table.inputs().get(i).expression(), i);
        }
        this.outputNames = table.outputs().stream().map(o -> o.name()).toList();
        this.decisionByBit = new SingleDecision[n];
        this.outputClassByBit = new int[n];
        Map<List<Object>, Integer> classes = new HashMap<>();
        for (int b = 0; b < n; b++) {
            int r = bitToRule[b];
            decisionByBit[b] = new SingleDecision(r, table.rules().get(r).id(), ruleOutputs[r], outputNames, null);
            outputClassByBit[b] = classes.computeIfAbsent(java.util.Arrays.asList(ruleOutputs[r]), k -> classes.size());
        }
        this.noMatch = new SingleDecision(-1, null, new Object[outputNames.size()], outputNames, null);
    }

    public DecisionTable table() {
        return table;
    }

    /** The parsed cells this table was compiled from (used by explanations). */
    public ParsedTable parsed() {
        return parsed;
    }

    public FactRow newRow() {
        return new FactRow(this);
    }

    /** Slot of the input named {@code name} (the DMN input expression), or -1. */
    public int slotOf(String name) {
        Integer s = slots.get(name);
        return s == null ? -1 : s;
    }

    public int inputCount() {
        return domains.length;
    }

    public int ruleCount() {
        return bitToRule.length;
    }

    public ColumnDomain domain(int slot) {
        return domains[slot];
    }

    public List<String> outputNames() {
        return outputNames;
    }

    Object ruleOutput(int rule, int column) {
        return ruleOutputs[rule][column];
    }

    /** Convenience for callers holding a name-to-value map; allocates a row. Missing facts are null. */
    public Decision decide(Map<String, ?> facts) {
        FactRow row = newRow();
        facts.forEach(row::set);
        return decide(row).snapshot();
    }

    /** Decides one visit. The facts not set on the row are null. */
    public Decision decide(FactRow row) {
        if (row.hasInputError()) {
            return SingleDecision.error(row.inputError(), outputNames);
        }
        final int[] cells = row.cells;
        for (int c = 0; c < cells.length; c++) {
            if (!valid[c][cells[c]]) {
                return notAllowed(c, cells[c]);
            }
        }
        switch (policy) {
            case FIRST:
            case PRIORITY:
                for (int w = 0; w < words; w++) {
                    long acc = word(cells, w);
                    if (acc != 0) {
                        return decisionByBit[(w << 6) + Long.numberOfTrailingZeros(acc)];
                    }
                }
                return noMatch;
            case UNIQUE:
            case ANY:
                return decideUniqueOrAny(cells);
            default:
                MultiDecision m = row.multi;
                m.count = 0;
                for (int w = 0; w < words; w++) {
                    long acc = word(cells, w);
                    while (acc != 0) {
                        m.matched[m.count++] = bitToRule[(w << 6) + Long.numberOfTrailingZeros(acc)];
                        acc &= acc - 1;
                    }
                }
                return m;
        }
    }

    private long word(int[] cells, int w) {
        long acc = allRules[w];
        for (int c = 0; c < cells.length && acc != 0; c++) {
            acc &= masks[c][cells[c] * words + w];
        }
        return acc;
    }

    private Decision decideUniqueOrAny(int[] cells) {
        int found = -1;
        boolean conflict = false;
        for (int w = 0; w < words; w++) {
            long acc = word(cells, w);
            while (acc != 0) {
                int bit = (w << 6) + Long.numberOfTrailingZeros(acc);
                acc &= acc - 1;
                if (found < 0) {
                    found = bit;
                } else if (policy == HitPolicy.UNIQUE || outputClassByBit[bit] != outputClassByBit[found]) {
                    conflict = true;
                }
            }
        }
        if (conflict) {
            return violation(cells);
        }
        return found < 0 ? noMatch : decisionByBit[found];
    }

    private Decision violation(int[] cells) {
        List<String> ids = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            long acc = word(cells, w);
            while (acc != 0) {
                ids.add(table.rules()
                        .get(bitToRule[(w << 6) + Long.numberOfTrailingZeros(acc)])
                        .id());
                acc &= acc - 1;
            }
        }
        String code = policy == HitPolicy.UNIQUE ? "UNIQUE_OVERLAP" : "ANY_CONFLICT";
        String msg = policy == HitPolicy.UNIQUE
                ? "Hit policy UNIQUE allows one matching rule, but rules " + String.join(", ", ids) + " match"
                : "Hit policy ANY needs equal outputs, but matching rules " + String.join(", ", ids) + " differ";
        return SingleDecision.error(new EngineError(code, msg, ids, null, null), outputNames);
    }

    private Decision notAllowed(int slot, int cell) {
        var col = table.inputs().get(slot);
        Object v = domains[slot].representative(cell);
        // The value itself is not kept on the hot path (it maps to the "other" cell without allocating).
        String shown = v == ColumnDomain.OTHER_STRING ? " has a value that" : " = " + FeelValues.toFeel(v);
        return SingleDecision.error(
                new EngineError(
                        "INPUT_NOT_ALLOWED",
                        "Input '" + col.expression() + "'" + shown + " is not one of the allowed values "
                                + col.allowedValues(),
                        List.of(),
                        col.expression(),
                        v == ColumnDomain.OTHER_STRING ? null : FeelValues.toPlain(v)),
                outputNames);
    }
}
