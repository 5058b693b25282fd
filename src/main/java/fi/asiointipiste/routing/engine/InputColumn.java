package fi.asiointipiste.routing.engine;

/**
 * An input clause: the fact named by {@code expression} (e.g. {@code strongEid}), its type and optional allowed
 * values as DMN unary tests text (e.g. {@code "fi","sv","en","other"}). When allowed values are given, an input value
 * that satisfies none of them (null included, unless {@code null} is listed) is an evaluation error, as in KIE.
 */
public record InputColumn(String id, String label, String expression, TypeRef type, String allowedValues) {
    public InputColumn {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("input expression is required");
        }
        allowedValues = blankToNull(allowedValues);
    }

    public static InputColumn of(String expression, TypeRef type, String allowedValues) {
        return new InputColumn("input-" + expression, expression, expression, type, allowedValues);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
