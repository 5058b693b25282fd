package fi.asiointipiste.routing.engine;

/**
 * An output clause. For PRIORITY tables the order of {@code allowedValues} is the priority order, the first
 * value winning (for support levels: SELF_SERVICE, GUIDED, FULL_ASSISTANCE is listed highest level first).
 */
public record OutputColumn(String id, String label, String name, TypeRef type, String allowedValues) {
    public OutputColumn {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("output name is required");
        }
        allowedValues = InputColumn.blankToNull(allowedValues);
    }

    public static OutputColumn of(String name, TypeRef type, String allowedValues) {
        return new OutputColumn("output-" + name, name, name, type, allowedValues);
    }
}
