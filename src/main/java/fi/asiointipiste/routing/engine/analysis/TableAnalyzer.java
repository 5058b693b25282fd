package fi.asiointipiste.routing.engine.analysis;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.compile.ParsedTable;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.compile.TableParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds, with an example input each:
 * <ul>
 * <li>ERROR SYNTAX/TYPE/... from parsing (then nothing else is checked);</li>
 * <li>ERROR OVERLAP: two rules that can match the same input under UNIQUE, or with different outputs under ANY;</li>
 * <li>ERROR GAP: legal inputs no rule matches (for single-hit tables the decision would be null);</li>
 * <li>WARNING SHADOWED: under FIRST (or PRIORITY) a rule that some earlier (higher-priority) rule always beats;</li>
 * <li>WARNING UNMATCHABLE: a rule no legal input satisfies;</li>
 * <li>WARNING INCOMPLETE: a search exceeded its budget (results may be partial).</li>
 * </ul>
 * "Legal" inputs respect the columns' allowed values; null is legal where a column lists none.
 */
public final class TableAnalyzer {
    /** At most this many findings of one kind are reported. */
    public static final int LIMIT = 50;

    private final CellSpace space;
    private final List<Finding> findings = new ArrayList<>();

    private TableAnalyzer(CellSpace space) {
        this.space = space;
    }

    public static AnalysisReport analyze(DecisionTable table) {
        ParsedTable parsed = TableParser.parse(table);
        List<Finding> findings = new ArrayList<>();
        parsed.errors().forEach(e -> findings.add(Finding.of(Finding.Severity.ERROR, e)));
        parsed.warnings().forEach(e -> findings.add(Finding.of(Finding.Severity.WARNING, e)));
        if (parsed.hasErrors()) {
            return new AnalysisReport(findings);
        }
        TableAnalyzer a = new TableAnalyzer(new CellSpace(parsed));
        a.findings.addAll(findings);
        a.unmatchable();
        HitPolicy policy = table.hitPolicy();
        if (policy == HitPolicy.UNIQUE || policy == HitPolicy.ANY) {
            a.overlaps(policy == HitPolicy.ANY);
        }
        if (policy == HitPolicy.FIRST || policy == HitPolicy.PRIORITY) {
            a.shadowed(TableCompiler.bitOrder(parsed));
        }
        a.gaps();
        return new AnalysisReport(a.findings);
    }

    private void unmatchable() {
        for (int r = 0; r < space.rules; r++) {
            if (!space.inhabited(r)) {
                String id = ruleId(r);
                findings.add(new Finding(
                        Finding.Severity.WARNING,
                        "UNMATCHABLE",
                        "Rule " + id + " matches no allowed input",
                        List.of(id),
                        null,
                        null,
                        null));
            }
        }
    }

    private void overlaps(boolean onlyDifferentOutputs) {
        int count = 0;
        for (int i = 0; i < space.rules; i++) {
            for (int j = i + 1; j < space.rules && count < LIMIT; j++) {
                if (onlyDifferentOutputs
                        && Arrays.equals(space.parsed.outputs()[i], space.parsed.outputs()[j])) {
                    continue;
                }
                Map<String, Object> example = new LinkedHashMap<>();
                boolean overlap = true;
                for (int c = 0; c < space.columns() && overlap; c++) {
                    BitSet both = (BitSet) space.ruleCells[i][c].clone();
                    both.and(space.ruleCells[j][c]);
                    overlap = !both.isEmpty();
                    if (overlap) {
                        example.put(space.name(c), space.value(c, both.nextSetBit(0)));
                    }
                }
                if (overlap) {
                    count++;
                    findings.add(new Finding(
                            Finding.Severity.ERROR,
                            "OVERLAP",
                            "Rules " + ruleId(i) + " and "
                                    + ruleId(j) + " both match some inputs"
                                    + (onlyDifferentOutputs ? " but give different outputs" : "") + " (hit policy "
                                    + space.parsed.table().hitPolicy().dmnName() + ")",
                            List.of(ruleId(i), ruleId(j)),
                            null,
                            example,
                            null));
                }
            }
        }
    }

    /** A rule is shadowed when the rules before it in {@code order} cover its whole region. */
    private void shadowed(int[] order) {
        long[] before = new long[space.words];
        for (int rule : order) {
            if (space.inhabited(rule)) {
                BitSet[] region = space.ruleCells[rule];
                CoverageSearch s = CoverageSearch.run(space, region, before.clone(), 1);
                if (s.exhausted()) {
                    incomplete("shadowing of rule " + ruleId(rule));
                } else if (s.holes().isEmpty()) {
                    Map<String, Object> example = new LinkedHashMap<>();
                    for (int c = 0; c < space.columns(); c++) {
                        example.put(space.name(c), space.value(c, region[c].nextSetBit(0)));
                    }
                    String winner = firstCovering(before, region);
                    String how = space.parsed.table().hitPolicy() == HitPolicy.FIRST ? "earlier" : "higher-priority";
                    findings.add(new Finding(
                            Finding.Severity.WARNING,
                            "SHADOWED",
                            "Rule " + ruleId(rule)
                                    + " can never be selected: " + how + " rules always match first (e.g. rule "
                                    + winner
                                    + ")",
                            List.of(ruleId(rule), winner),
                            null,
                            example,
                            null));
                }
            }
            before[rule >>> 6] |= 1L << rule;
        }
    }

    private String firstCovering(long[] before, BitSet[] region) {
        long[] set = before.clone();
        for (int c = 0; c < space.columns(); c++) {
            set = CoverageSearch.and(set, space.cellRules[c][region[c].nextSetBit(0)]);
        }
        for (int r = 0; r < space.rules; r++) {
            if ((set[r >>> 6] & (1L << r)) != 0) {
                return ruleId(r);
            }
        }
        return "?";
    }

    private void gaps() {
        long[] all = new long[space.words];
        for (int r = 0; r < space.rules; r++) {
            all[r >>> 6] |= 1L << r;
        }
        CoverageSearch s = CoverageSearch.run(space, space.legal, all, LIMIT);
        for (CoverageSearch.Hole hole : s.holes()) {
            Map<String, Object> example = new LinkedHashMap<>();
            List<String> parts = new ArrayList<>();
            List<String> any = new ArrayList<>();
            for (int c = 0; c < space.columns(); c++) {
                int[] cells = hole.groups()[c];
                if (cells == null || cells.length == space.legal[c].cardinality()) {
                    any.add(space.name(c));
                    example.put(space.name(c), space.value(c, space.legal[c].nextSetBit(0)));
                } else {
                    example.put(space.name(c), space.value(c, cells[0]));
                    int col = c;
                    String values = Arrays.stream(cells)
                            .mapToObj(k -> space.domains[col].describe(k))
                            .collect(Collectors.joining(", "));
                    parts.add(space.name(c) + (cells.length == 1 ? " = " + values : " in {" + values + "}"));
                }
            }
            String where = parts.isEmpty() ? "any input" : String.join(", ", parts);
            findings.add(new Finding(
                    Finding.Severity.ERROR,
                    "GAP",
                    "No rule matches " + where
                            + (any.isEmpty() || parts.isEmpty() ? "" : " (whatever " + String.join(", ", any) + ")"),
                    List.of(),
                    null,
                    example,
                    any));
        }
        if (s.exhausted()) {
            incomplete("gap search");
        }
    }

    private void incomplete(String what) {
        findings.add(new Finding(
                Finding.Severity.WARNING,
                "INCOMPLETE",
                "Analysis budget exceeded during " + what + "; results may be partial",
                List.of(),
                null,
                null,
                null));
    }

    private String ruleId(int r) {
        return space.parsed.table().rules().get(r).id();
    }
}
