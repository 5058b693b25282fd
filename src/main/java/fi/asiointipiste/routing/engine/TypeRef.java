package fi.asiointipiste.routing.engine;

import java.util.Locale;

/** The FEEL base types a column may have; enumerations are {@link #STRING} columns with allowed values. */
public enum TypeRef {
    STRING("string"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    DATE("date");

    private final String feelName;

    TypeRef(String feelName) {
        this.feelName = feelName;
    }

    /** The name used in DMN {@code typeRef} attributes. */
    public String feelName() {
        return feelName;
    }

    /** Accepts {@code number}, {@code feel:number} (DMN 1.1 QName style) and any case. */
    public static TypeRef fromFeelName(String name) {
        String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
        for (TypeRef t : values()) {
            if (t.feelName.equals(local.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new EngineException(EngineError.of(
                "UNSUPPORTED_TYPE",
                "Type '" + name + "' is not supported; expected one of string, number, boolean, date"));
    }
}
