package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TestOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A decision table laid out for reading and editing in the coordinator's words: a heading per condition and per
 * decision column (the rationale columns are shown as one column in the reader's language), and per rule its row
 * number, name, cells in words with the S-FEEL behind them, the rationale, the problems the check found in it and
 * how many test cases it decides (and how many of those fail).
 */
public record ReadableTable(List<Heading> inputs, List<Heading> outputs, List<Row> rows, String hitPolicy) {

    /** A column: which kind and where (index into the table's inputs or outputs), its name and heading. */
    public record Heading(
            boolean input, int index, String name, String label, String type, String allowedValues, boolean routing) {
        public boolean isInput() {
            return input;
        }

        public int getIndex() {
            return index;
        }

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        public String getType() {
            return type;
        }

        public String getAllowedValues() {
            return allowedValues == null ? "" : allowedValues;
        }

        /** supportLevel and agency, which routing needs and which cannot be removed or renamed. */
        public boolean isRouting() {
            return routing;
        }
    }

    /**
     * One cell: in words ({@code text}; empty for "any"), as written ({@code raw}), whether it means "any", and for
     * an output its plain value (e.g. {@code GUIDED}; empty for none), which pages may use to style it.
     */
    public record Cell(String text, String raw, boolean any, String value) {
        public String getText() {
            return text;
        }

        public String getRaw() {
            return raw;
        }

        public boolean isAny() {
            return any;
        }

        public String getValue() {
            return value;
        }
    }

    /** One rule as a row. */
    public record Row(
            int index,
            String id,
            String name,
            String rationale,
            List<Cell> conditions,
            List<Cell> decisions,
            List<RuleSetCheck.Problem> problems,
            int decidedCases,
            int failingCases) {
        public int getIndex() {
            return index;
        }

        public int getNumber() {
            return index + 1;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getRationale() {
            return rationale;
        }

        public List<Cell> getConditions() {
            return conditions;
        }

        public List<Cell> getDecisions() {
            return decisions;
        }

        public List<RuleSetCheck.Problem> getProblems() {
            return problems;
        }

        public boolean isHasError() {
            return problems.stream().anyMatch(RuleSetCheck.Problem::error);
        }

        public boolean isHasWarning() {
            return problems.stream().anyMatch(p -> !p.error());
        }

        public int getDecidedCases() {
            return decidedCases;
        }

        public int getFailingCases() {
            return failingCases;
        }
    }

    public List<Heading> getInputs() {
        return inputs;
    }

    public List<Heading> getOutputs() {
        return outputs;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getHitPolicy() {
        return hitPolicy;
    }

    /** Every heading by column name, for describing example inputs. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        inputs.forEach(h -> labels.put(h.name(), h.label()));
        outputs.forEach(h -> labels.put(h.name(), h.label()));
        return labels;
    }

    public static ReadableTable of(DecisionTable table, DraftAnalysis analysis, Vocabulary words) {
        List<Heading> inputs = new ArrayList<>();
        for (int c = 0; c < table.inputs().size(); c++) {
            InputColumn col = table.inputs().get(c);
            inputs.add(new Heading(
                    true,
                    c,
                    col.expression(),
                    words.column(col.expression(), col.label()),
                    col.type().feelName(),
                    col.allowedValues(),
                    false));
        }
        List<Heading> outputs = new ArrayList<>();
        for (int o = 0; o < table.outputs().size(); o++) {
            OutputColumn col = table.outputs().get(o);
            if (!RuleWording.isRationale(col.name())) {
                outputs.add(new Heading(
                        false,
                        o,
                        col.name(),
                        words.column(col.name(), col.label()),
                        col.type().feelName(),
                        col.allowedValues(),
                        fi.asiointipiste.rules.entity.TableEdit.ROUTING_OUTPUTS.contains(col.name())));
            }
        }
        Map<String, List<RuleSetCheck.Problem>> byRule = analysis == null ? Map.of() : analysis.byRule();
        Map<String, int[]> cases = new LinkedHashMap<>();
        if (analysis != null) {
            for (TestOutcome o : analysis.outcomes()) {
                if (o.ruleId() != null) {
                    int[] counts = cases.computeIfAbsent(o.ruleId(), k -> new int[2]);
                    counts[0]++;
                    counts[1] += o.passed() ? 0 : 1;
                }
            }
        }
        Locale locale = words.locale();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rules().size(); r++) {
            Rule rule = table.rules().get(r);
            List<Cell> conditions = new ArrayList<>();
            for (Heading h : inputs) {
                String raw = h.index() < rule.inputEntries().size()
                        ? rule.inputEntries().get(h.index())
                        : "-";
                String text = words.condition(h.name(), raw);
                conditions.add(new Cell(text, raw, text.isEmpty() && isAny(raw), ""));
            }
            List<Cell> decisions = new ArrayList<>();
            for (Heading h : outputs) {
                String raw = h.index() < rule.outputEntries().size()
                        ? rule.outputEntries().get(h.index())
                        : "null";
                String text = words.output(h.name(), raw);
                String value = CellPicker.outputValue(raw);
                decisions.add(new Cell(text, raw, false, value == null ? "" : value));
            }
            int[] counts = cases.getOrDefault(rule.id(), new int[2]);
            rows.add(new Row(
                    r,
                    rule.id(),
                    Wordings.name(table, r, locale),
                    Wordings.rationale(table, r, locale),
                    conditions,
                    decisions,
                    byRule.getOrDefault(rule.id(), List.of()),
                    counts[0],
                    counts[1]));
        }
        return new ReadableTable(inputs, outputs, rows, words.hitPolicy(table.hitPolicy()));
    }

    private static boolean isAny(String raw) {
        String s = raw == null ? "" : raw.strip();
        return s.isEmpty() || s.equals("-");
    }
}
