package fi.asiointipiste.routing.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts a routing decision is made on, by DMN input name: profile, task, taskAgency, strongEid,
 * language, age, firstVisit, needsInterpreter, visitsLast90Days, and any others a rule set reads.
 *
 * <p>Stored with the decision as text in FEEL literal style – {@code profile="MULTI_UNSKILLED";age=54;
 * strongEid=false;language=null} – so the exact decision can be reproduced and explained later.
 */
public final class RoutingFacts implements Serializable {

    private final LinkedHashMap<String, Object> values;

    private RoutingFacts(Map<String, Object> values) {
        this.values = new LinkedHashMap<>(values);
    }

    public static RoutingFacts of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, value instanceof Enum<?> e ? e.name() : value));
        return new RoutingFacts(copy);
    }

    /** The standard facts of a visit task; null where unknown. */
    public static RoutingFacts of(
            String profile,
            String task,
            String taskAgency,
            Boolean strongEid,
            String language,
            Integer age,
            Boolean firstVisit,
            Boolean needsInterpreter,
            Integer visitsLast90Days) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("profile", profile);
        v.put("task", task);
        v.put("taskAgency", taskAgency);
        v.put("strongEid", strongEid);
        v.put("language", language);
        v.put("age", age);
        v.put("firstVisit", firstVisit);
        v.put("needsInterpreter", needsInterpreter);
        v.put("visitsLast90Days", visitsLast90Days);
        return new RoutingFacts(v);
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        values.forEach((name, value) -> {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(name).append('=');
            if (value instanceof String s) {
                sb.append('"')
                        .append(s.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            } else {
                sb.append(value);
            }
        });
        return sb.toString();
    }

    /** Reads {@link #toText()} back; strings are quoted, so a string that looks like a number stays a string. */
    public static RoutingFacts parse(String text) {
        Map<String, Object> v = new LinkedHashMap<>();
        int i = 0;
        while (text != null && i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("facts without '=': " + text);
            }
            String name = text.substring(i, eq);
            int j = eq + 1;
            if (j < text.length() && text.charAt(j) == '"') {
                StringBuilder s = new StringBuilder();
                j++;
                while (text.charAt(j) != '"') {
                    if (text.charAt(j) == '\\') {
                        j++;
                    }
                    s.append(text.charAt(j++));
                }
                v.put(name, s.toString());
                j++;
            } else {
                int end = text.indexOf(';', j);
                String literal = text.substring(j, end < 0 ? text.length() : end);
                v.put(name, literal(literal));
                j = end < 0 ? text.length() : end;
            }
            i = j < text.length() && text.charAt(j) == ';' ? j + 1 : j;
        }
        return new RoutingFacts(v);
    }

    private static Object literal(String literal) {
        return switch (literal) {
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> new BigDecimal(literal);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoutingFacts other && toText().equals(other.toText());
    }

    @Override
    public int hashCode() {
        return toText().hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }
}
