package fi.asiointipiste.routing.engine.explain;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses facts written as {@code name=value,name=value} (as typed on a command line) into typed values by the
 * table's input types. Values may be quoted; empty or {@code null} is null. Throws IllegalArgumentException with
 * an English message for unknown names or unparsable values.
 */
public final class FactText {
    private FactText() {}

    public static Map<String, Object> parse(DecisionTable table, String text) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("fact '" + part.trim() + "' must be written name=value");
            }
            String name = part.substring(0, eq).trim();
            int idx = table.inputIndex(name);
            if (idx < 0) {
                throw new IllegalArgumentException("unknown fact '" + name + "'; the table reads "
                        + table.inputs().stream().map(InputColumn::expression).toList());
            }
            facts.put(
                    name, value(table.inputs().get(idx), part.substring(eq + 1).trim()));
        }
        return facts;
    }

    private static Object value(InputColumn col, String raw) {
        String v = raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")
                ? raw.substring(1, raw.length() - 1)
                : raw;
        if (v.isEmpty() || v.equals("null")) {
            return null;
        }
        try {
            return switch (col.type()) {
                case STRING -> v;
                case NUMBER -> new BigDecimal(v);
                case DATE -> LocalDate.parse(v);
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        throw new IllegalArgumentException("x");
                    }
                    yield Boolean.valueOf(v);
                }
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "fact '" + col.expression() + "' expects a " + col.type().feelName() + ", got '" + raw + "'");
        }
    }
}
