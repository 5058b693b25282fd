package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.engine.feel.PositiveTest;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import fi.asiointipiste.routing.engine.feel.UnaryTests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses and type-checks every cell of a table, collecting all errors rather than stopping at the first, so that
 * an author sees every problem of a draft at once. Error codes: SYNTAX, TYPE, VALUE_NOT_ALLOWED, SHAPE,
 * DUPLICATE_RULE_ID, DUPLICATE_INPUT, PRIORITY_WITHOUT_VALUES, AGGREGATION.
 */
public final class TableParser {
    private final DecisionTable table;
    private final List<EngineError> errors = new ArrayList<>();
    private final List<EngineError> warnings = new ArrayList<>();

    private TableParser(DecisionTable table) {
        this.table = table;
    }

    public static ParsedTable parse(DecisionTable table) {
        return new TableParser(table).run();
    }

    @SuppressWarnings("unchecked")
    private ParsedTable run() {
        List<InputColumn> inputs = table.inputs();
        List<OutputColumn> outs = table.outputs();
        checkTableShape();
        UnaryTests[] allowedIn = new UnaryTests[inputs.size()];
        for (int c = 0; c < inputs.size(); c++) {
            InputColumn col = inputs.get(c);
            if (col.allowedValues() != null) {
                allowedIn[c] = parseCell(col.allowedValues(), null, col.expression(), col.type(), null);
            }
        }
        List<Object>[] allowedOut = new List[outs.size()];
        for (int o = 0; o < outs.size(); o++) {
            allowedOut[o] = parseAllowedOutputs(outs.get(o));
        }
        int n = table.rules().size();
        UnaryTests[][] tests = new UnaryTests[n][inputs.size()];
        Object[][] values = new Object[n][outs.size()];
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < n; r++) {
            Rule rule = table.rules().get(r);
            if (!ids.add(rule.id())) {
                errors.add(EngineError.at(
                        "DUPLICATE_RULE_ID", "Rule id '" + rule.id() + "' is used twice", rule.id(), null, null));
            }
            if (rule.inputEntries().size() != inputs.size()
                    || rule.outputEntries().size() != outs.size()) {
                errors.add(EngineError.at(
                        "SHAPE",
                        "Rule " + rule.id() + " has " + rule.inputEntries().size()
                                + " input and " + rule.outputEntries().size() + " output entries; the table has "
                                + inputs.size() + " and " + outs.size(),
                        rule.id(),
                        null,
                        null));
            }
            for (int c = 0; c < inputs.size(); c++) {
                String text =
                        c < rule.inputEntries().size() ? rule.inputEntries().get(c) : "-";
                InputColumn col = inputs.get(c);
                tests[r][c] = parseCell(text, rule.id(), col.expression(), col.type(), allowedIn[c]);
            }
            for (int o = 0; o < outs.size(); o++) {
                String text =
                        o < rule.outputEntries().size() ? rule.outputEntries().get(o) : "null";
                values[r][o] = parseOutput(text, rule.id(), outs.get(o), allowedOut[o]);
            }
        }
        return new ParsedTable(table, tests, values, allowedIn, allowedOut, List.copyOf(errors), List.copyOf(warnings));
    }

    private void checkTableShape() {
        Set<String> names = new HashSet<>();
        for (InputColumn c : table.inputs()) {
            if (!names.add(c.expression())) {
                errors.add(EngineError.at(
                        "DUPLICATE_INPUT", "Input '" + c.expression() + "' appears twice", null, c.expression(), null));
            }
        }
        if (table.aggregation() != Aggregation.NONE && table.hitPolicy() != HitPolicy.COLLECT) {
            errors.add(EngineError.of(
                    "AGGREGATION",
                    "Aggregation " + table.aggregation() + " is only allowed with hit policy COLLECT, not "
                            + table.hitPolicy().dmnName()));
        }
        if (table.hitPolicy() == HitPolicy.PRIORITY
                && table.outputs().stream().allMatch(o -> o.allowedValues() == null)) {
            errors.add(EngineError.of(
                    "PRIORITY_WITHOUT_VALUES",
                    "Hit policy PRIORITY needs allowed values on an output column to order the outputs"));
        }
    }

    private UnaryTests parseCell(
            String text,
            String ruleId,
            String column,
            fi.asiointipiste.routing.engine.TypeRef type,
            UnaryTests allowed) {
        UnaryTests tests;
        try {
            tests = UnaryTestParser.parseInputEntry(text);
        } catch (FeelSyntaxException e) {
            errors.add(new EngineError(
                    "SYNTAX",
                    where(ruleId, column) + ": " + e.getMessage() + " in '" + text + "'",
                    ruleId == null ? List.of() : List.of(ruleId),
                    column,
                    text));
            return UnaryTests.any("-");
        }
        for (PositiveTest t : tests.tests()) {
            checkTestType(t, ruleId, column, type, text, allowed);
        }
        return tests;
    }

    private void checkTestType(
            PositiveTest t,
            String ruleId,
            String column,
            fi.asiointipiste.routing.engine.TypeRef type,
            String text,
            UnaryTests allowed) {
        boolean ordered = type == fi.asiointipiste.routing.engine.TypeRef.NUMBER
                || type == fi.asiointipiste.routing.engine.TypeRef.DATE;
        if ((t instanceof PositiveTest.Compare || t instanceof PositiveTest.Range) && !ordered) {
            typeError(
                    ruleId,
                    column,
                    text,
                    "comparisons and intervals need a number or date column, but '" + column + "' is "
                            + type.feelName());
            return;
        }
        for (Object lit : t.literals()) {
            if (!LiteralTypes.fits(lit, type)) {
                typeError(ruleId, column, text, "literal " + FeelValues.toFeel(lit) + " is not a " + type.feelName());
                return;
            }
        }
        if (allowed != null && t instanceof PositiveTest.Equal eq && !allowed.matches(eq.literal())) {
            errors.add(EngineError.at(
                    "VALUE_NOT_ALLOWED",
                    where(ruleId, column) + ": " + FeelValues.toFeel(eq.literal())
                            + " is not one of the allowed values " + allowed.text(),
                    ruleId,
                    column,
                    text));
        }
    }

    private List<Object> parseAllowedOutputs(OutputColumn col) {
        if (col.allowedValues() == null) {
            return null;
        }
        UnaryTests parsed = parseCell(col.allowedValues(), null, col.name(), col.type(), null);
        List<Object> values = new ArrayList<>();
        for (PositiveTest t : parsed.tests()) {
            if (t instanceof PositiveTest.Equal eq) {
                values.add(eq.literal());
            } else {
                errors.add(EngineError.at(
                        "TYPE",
                        "Allowed output values of '" + col.name() + "' must be a list of literals",
                        null,
                        col.name(),
                        col.allowedValues()));
            }
        }
        return values;
    }

    private Object parseOutput(String text, String ruleId, OutputColumn col, List<Object> allowed) {
        Object v;
        try {
            v = UnaryTestParser.parseLiteral(text);
        } catch (FeelSyntaxException e) {
            errors.add(EngineError.at(
                    "SYNTAX",
                    where(ruleId, col.name()) + ": output entries must be literals; " + e.getMessage() + " in '" + text
                            + "'",
                    ruleId,
                    col.name(),
                    text));
            return null;
        }
        if (v != null && !LiteralTypes.fits(v, col.type())) {
            typeError(
                    ruleId,
                    col.name(),
                    text,
                    "output " + text + " is not a " + col.type().feelName());
        } else if (v != null
                && allowed != null
                && allowed.stream().noneMatch(a -> java.util.Objects.equals(FeelValues.compare(a, v), 0))) {
            errors.add(EngineError.at(
                    "VALUE_NOT_ALLOWED",
                    where(ruleId, col.name()) + ": output " + text + " is not one of the allowed values "
                            + col.allowedValues(),
                    ruleId,
                    col.name(),
                    text));
        }
        return v;
    }

    private void typeError(String ruleId, String column, String text, String what) {
        errors.add(EngineError.at("TYPE", where(ruleId, column) + ": " + what, ruleId, column, text));
    }

    private static String where(String ruleId, String column) {
        return ruleId == null ? "Allowed values of column " + column : "Rule " + ruleId + ", column " + column;
    }
}
