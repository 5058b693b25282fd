package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.engine.feel.UnaryTests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** Compiles decision tables; see {@link CompiledTable} for the representation. */
public final class TableCompiler {
    private TableCompiler() {}

    /** Parses, checks and compiles; throws {@link EngineException} listing every syntax and type error. */
    public static CompiledTable compile(DecisionTable table) {
        ParsedTable parsed = TableParser.parse(table);
        if (parsed.hasErrors()) {
            throw new EngineException(parsed.errors());
        }
        return compile(parsed);
    }

    /** Compiles an already parsed table without errors. */
    public static CompiledTable compile(ParsedTable p) {
        DecisionTable t = p.table();
        int inputs = t.inputs().size();
        int n = t.rules().size();
        ColumnDomain[] domains = domains(p);
        boolean[][] valid = new boolean[inputs][];
        for (int c = 0; c < inputs; c++) {
            valid[c] = validCells(domains[c], p.allowedInputs()[c]);
        }
        int[] bitToRule = bitOrder(p);
        int words = Math.max(1, (n + 63) / 64);
        long[][] masks = new long[inputs][];
        for (int c = 0; c < inputs; c++) {
            ColumnDomain d = domains[c];
            masks[c] = new long[d.cellCount() * words];
            for (int k = 0; k < d.cellCount(); k++) {
                Object rep = d.representative(k);
                for (int b = 0; b < n; b++) {
                    if (p.tests()[bitToRule[b]][c].matches(rep)) {
                        masks[c][k * words + (b >>> 6)] |= 1L << b;
                    }
                }
            }
        }
        return new CompiledTable(p, domains, valid, masks, bitToRule, p.outputs());
    }

    /** One partition per input column, from all literals of its tests and allowed values. */
    public static ColumnDomain[] domains(ParsedTable p) {
        int inputs = p.table().inputs().size();
        ColumnDomain[] domains = new ColumnDomain[inputs];
        for (int c = 0; c < inputs; c++) {
            List<Object> literals = new ArrayList<>();
            if (p.allowedInputs()[c] != null) {
                literals.addAll(p.allowedInputs()[c].literals());
            }
            for (UnaryTests[] rule : p.tests()) {
                literals.addAll(rule[c].literals());
            }
            domains[c] = ColumnDomain.of(p.table().inputs().get(c).type(), literals);
        }
        return domains;
    }

    /** Cells a legal input can fall into: inhabited and, if the column lists allowed values, satisfying them. */
    public static boolean[] validCells(ColumnDomain d, UnaryTests allowed) {
        boolean[] v = new boolean[d.cellCount()];
        for (int k = 0; k < v.length; k++) {
            v[k] = d.isInhabited(k) && (allowed == null || allowed.matches(d.representative(k)));
        }
        return v;
    }

    /**
     * Rule order, except for PRIORITY: sorted by the position of each output in its column's allowed values
     * (columns left to right, unlisted values last), stable so that ties keep rule order, as KIE's sort does.
     */
    public static int[] bitOrder(ParsedTable p) {
        int n = p.table().rules().size();
        if (p.table().hitPolicy() != HitPolicy.PRIORITY) {
            return IntStream.range(0, n).toArray();
        }
        Comparator<Integer> byPriority = (a, b) -> {
            for (int o = 0; o < p.allowedOutputs().length; o++) {
                List<Object> order = p.allowedOutputs()[o];
                if (order != null) {
                    int c = Integer.compare(rank(order, p.outputs()[a][o]), rank(order, p.outputs()[b][o]));
                    if (c != 0) {
                        return c;
                    }
                }
            }
            return 0;
        };
        return IntStream.range(0, n)
                .boxed()
                .sorted(byPriority)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int rank(List<Object> order, Object value) {
        for (int i = 0; i < order.size(); i++) {
            if (value != null && Objects.equals(FeelValues.compare(order.get(i), value), 0)) {
                return i;
            }
        }
        return order.size();
    }
}
