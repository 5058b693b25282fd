package fi.asiointipiste.routing.engine;

import java.util.List;

/**
 * A machine-readable problem: a stable {@code code} (e.g. {@code SYNTAX}, {@code UNIQUE_OVERLAP}) for the server to
 * translate, English text, and structured fields locating it. Fields that do not apply are null or empty.
 *
 * @param code    stable upper-case code
 * @param message English text
 * @param ruleIds the rules involved, in table order
 * @param column  the input or output column name (input expression / output name)
 * @param value   the offending value or entry text, as text
 */
public record EngineError(String code, String message, List<String> ruleIds, String column, String value) {

    public EngineError {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    public static EngineError of(String code, String message) {
        return new EngineError(code, message, List.of(), null, null);
    }

    public static EngineError at(String code, String message, String ruleId, String column, String value) {
        return new EngineError(code, message, ruleId == null ? List.of() : List.of(ruleId), column, value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code).append(": ").append(message);
        if (!ruleIds.isEmpty()) {
            sb.append(" [rules=").append(String.join(",", ruleIds)).append(']');
        }
        if (column != null) {
            sb.append(" [column=").append(column).append(']');
        }
        return sb.toString();
    }
}
