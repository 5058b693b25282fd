package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.engine.feel.PositiveTest;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import fi.asiointipiste.routing.engine.feel.UnaryTests;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Allowed values no rule uses: an input value that no condition names (every rule treats it like the others, so
 * it may be missing a rule of its own, or need not be listed), and an output value no rule gives. A hint for the
 * coordinator, not an error.
 */
public final class UnusedValues {

    /** One allowed value of one column that no rule uses. */
    public record Unused(boolean input, String column, Object value) {
        public boolean isInput() {
            return input;
        }

        public String getColumn() {
            return column;
        }

        public Object getValue() {
            return value;
        }
    }

    private UnusedValues() {}

    public static List<Unused> of(DecisionTable table) {
        List<Unused> unused = new ArrayList<>();
        for (int c = 0; c < table.inputs().size(); c++) {
            InputColumn col = table.inputs().get(c);
            Set<String> allowed = literals(col.allowedValues());
            if (allowed.isEmpty()) {
                continue;
            }
            Set<String> named = new LinkedHashSet<>();
            for (Rule r : table.rules()) {
                if (c < r.inputEntries().size()) {
                    named.addAll(literals(r.inputEntries().get(c)));
                }
            }
            addMissing(unused, true, col.expression(), allowed, named, col.allowedValues());
        }
        for (int o = 0; o < table.outputs().size(); o++) {
            OutputColumn col = table.outputs().get(o);
            Set<String> allowed = literals(col.allowedValues());
            if (allowed.isEmpty()) {
                continue;
            }
            Set<String> given = new LinkedHashSet<>();
            for (Rule r : table.rules()) {
                if (o < r.outputEntries().size()) {
                    given.addAll(literals(r.outputEntries().get(o)));
                }
            }
            addMissing(unused, false, col.name(), allowed, given, col.allowedValues());
        }
        return unused;
    }

    private static void addMissing(
            List<Unused> unused,
            boolean input,
            String column,
            Set<String> allowed,
            Set<String> used,
            String allowedText) {
        Set<String> seen = new LinkedHashSet<>();
        for (Object value : parsedValues(allowedText)) {
            String feel = FeelValues.toFeel(value);
            if (allowed.contains(feel) && !used.contains(feel) && seen.add(feel)) {
                unused.add(new Unused(input, column, value));
            }
        }
    }

    /** The literals a cell or list names, as FEEL text (so 65 and 65.0 compare as written by toFeel). */
    private static Set<String> literals(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Object v : parsedValues(text)) {
            found.add(FeelValues.toFeel(v));
        }
        return found;
    }

    private static List<Object> parsedValues(String text) {
        List<Object> values = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        try {
            UnaryTests tests = UnaryTestParser.parseInputEntry(text);
            for (PositiveTest t : tests.tests()) {
                if (t instanceof PositiveTest.Equal eq) {
                    values.add(eq.literal());
                }
            }
        } catch (FeelSyntaxException e) {
            return values;
        }
        return values;
    }
}
