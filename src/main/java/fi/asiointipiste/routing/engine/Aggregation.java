package fi.asiointipiste.routing.engine;

/**
 * Aggregation of a COLLECT table, as in KIE: SUM adds numeric outputs (null if one is not a number),
 * MIN/MAX take the natural order of the outputs, COUNT counts <em>distinct</em> output values.
 */
public enum Aggregation {
    NONE,
    SUM,
    MIN,
    MAX,
    COUNT;

    /** Parses the DMN {@code aggregation} attribute; null or blank means NONE. */
    public static Aggregation fromDmnName(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        for (Aggregation a : values()) {
            if (a != NONE && a.name().equals(name.trim())) {
                return a;
            }
        }
        throw new EngineException(EngineError.of(
                "UNSUPPORTED_AGGREGATION",
                "Aggregation '" + name + "' is not supported; expected SUM, MIN, MAX or COUNT"));
    }
}
