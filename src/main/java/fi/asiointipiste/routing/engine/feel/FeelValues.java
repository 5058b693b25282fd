package fi.asiointipiste.routing.engine.feel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Comparison, normalisation and formatting of the FEEL values the engine supports. */
public final class FeelValues {
    private FeelValues() {}

    /**
     * Compares two values of the same FEEL type; null when they are not comparable (different types, or
     * booleans/strings under ordering where FEEL would still allow equality: equality uses 0/non-0 only).
     */
    public static Integer compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return toBigDecimal(x).compareTo(toBigDecimal(y));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.equals(y) ? 0 : (x ? 1 : -1);
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return x.compareTo(y);
        }
        return null;
    }

    public static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        return BigDecimal.valueOf(n.doubleValue());
    }

    /** Formats a value as a FEEL literal, e.g. {@code "KELA"}, {@code 65}, {@code date("2024-01-01")}. */
    public static String toFeel(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (v instanceof LocalDate d) {
            return "date(\"" + d + "\")";
        }
        return toPlain(v);
    }

    /** Formats a value for CSV and messages: strings unquoted, numbers without exponent, null as empty. */
    public static String toPlain(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        if (v instanceof Double d) {
            return toPlain(BigDecimal.valueOf(d));
        }
        return v.toString();
    }
}
