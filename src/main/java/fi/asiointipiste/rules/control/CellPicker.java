package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import fi.asiointipiste.routing.engine.feel.PositiveTest;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import fi.asiointipiste.routing.engine.feel.UnaryTests;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pickers a coordinator edits a condition with, and the S-FEEL text each choice stands for: a multi-select of
 * values (optionally "all except these"), yes/no/any for a boolean, a range with open or closed ends for a number.
 * A condition no picker can show (a date, a mix of tests, {@code null}) is edited as S-FEEL text ({@link Kind#EXPERT}).
 */
public final class CellPicker {

    public enum Kind {
        ANY,
        VALUES,
        BOOLEAN,
        RANGE,
        EXPERT
    }

    /**
     * What a condition says in picker terms. {@code values}: the chosen literal values (strings as written, no
     * quotes); {@code negated}: "every value except these"; {@code yes}: the boolean; {@code low}/{@code high}: the
     * range ends (null = open-ended) and whether each end is included.
     */
    public record Choice(
            Kind kind,
            List<String> values,
            boolean negated,
            Boolean yes,
            BigDecimal low,
            boolean lowIncluded,
            BigDecimal high,
            boolean highIncluded)
            implements Serializable {
        public Choice {
            values = values == null ? List.of() : List.copyOf(values);
        }

        static Choice any() {
            return new Choice(Kind.ANY, List.of(), false, null, null, true, null, true);
        }

        static Choice expert() {
            return new Choice(Kind.EXPERT, List.of(), false, null, null, true, null, true);
        }
    }

    private CellPicker() {}

    /** The picker that fits a column of this type: values, yes/no or a range; dates only as text. */
    public static Kind pickerFor(TypeRef type) {
        return switch (type) {
            case STRING -> Kind.VALUES;
            case BOOLEAN -> Kind.BOOLEAN;
            case NUMBER -> Kind.RANGE;
            case DATE -> Kind.EXPERT;
        };
    }

    /** Reads a condition into the picker of its column, or {@link Kind#EXPERT} when no picker can show it. */
    public static Choice read(TypeRef type, String entry) {
        UnaryTests tests;
        try {
            tests = UnaryTestParser.parseInputEntry(entry);
        } catch (FeelSyntaxException e) {
            return Choice.expert();
        }
        if (tests.any()) {
            return Choice.any();
        }
        List<PositiveTest> list = tests.tests();
        switch (type) {
            case STRING -> {
                List<String> values = new ArrayList<>();
                for (PositiveTest t : list) {
                    if (t instanceof PositiveTest.Equal eq && eq.literal() instanceof String s) {
                        values.add(s);
                    } else {
                        return Choice.expert();
                    }
                }
                return new Choice(Kind.VALUES, values, tests.negated(), null, null, true, null, true);
            }
            case BOOLEAN -> {
                if (!tests.negated()
                        && list.size() == 1
                        && list.get(0) instanceof PositiveTest.Equal eq
                        && eq.literal() instanceof Boolean b) {
                    return new Choice(Kind.BOOLEAN, List.of(), false, b, null, true, null, true);
                }
                return Choice.expert();
            }
            case NUMBER -> {
                if (tests.negated() || list.size() != 1) {
                    return Choice.expert();
                }
                return range(list.get(0));
            }
            default -> {
                return Choice.expert();
            }
        }
    }

    private static Choice range(PositiveTest t) {
        if (t instanceof PositiveTest.Equal eq && eq.literal() instanceof BigDecimal v) {
            return new Choice(Kind.RANGE, List.of(), false, null, v, true, v, true);
        }
        if (t instanceof PositiveTest.Compare c && c.literal() instanceof BigDecimal v) {
            return switch (c.op()) {
                case GE -> new Choice(Kind.RANGE, List.of(), false, null, v, true, null, true);
                case GT -> new Choice(Kind.RANGE, List.of(), false, null, v, false, null, true);
                case LE -> new Choice(Kind.RANGE, List.of(), false, null, null, true, v, true);
                case LT -> new Choice(Kind.RANGE, List.of(), false, null, null, true, v, false);
            };
        }
        if (t instanceof PositiveTest.Range r
                && r.low() instanceof BigDecimal lo
                && r.high() instanceof BigDecimal hi) {
            return new Choice(Kind.RANGE, List.of(), false, null, lo, r.lowClosed(), hi, r.highClosed());
        }
        return Choice.expert();
    }

    /** Values chosen from a list: none means "any"; {@code negated} means "every value except these". */
    public static String values(List<String> chosen, boolean negated) {
        if (chosen == null || chosen.isEmpty()) {
            return "-";
        }
        String list = String.join(",", chosen.stream().map(FeelValues::toFeel).toList());
        return negated ? "not(" + list + ")" : list;
    }

    /** Yes, no, or any (null). */
    public static String yesNo(Boolean yes) {
        return yes == null ? "-" : yes.toString();
    }

    /** A range of numbers; an end left out is open-ended, both left out is "any". */
    public static String range(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {
        if (low == null && high == null) {
            return "-";
        }
        if (high == null) {
            return (lowIncluded ? ">= " : "> ") + FeelValues.toPlain(low);
        }
        if (low == null) {
            return (highIncluded ? "<= " : "< ") + FeelValues.toPlain(high);
        }
        if (low.compareTo(high) == 0 && lowIncluded && highIncluded) {
            return FeelValues.toPlain(low);
        }
        return (lowIncluded ? "[" : "(") + FeelValues.toPlain(low) + ".." + FeelValues.toPlain(high)
                + (highIncluded ? "]" : ")");
    }

    /** An output value as a literal: a string quoted, a number or boolean as written, nothing as {@code null}. */
    public static String output(TypeRef type, String value) {
        if (value == null || value.isBlank()) {
            return "null";
        }
        String v = value.strip();
        return type == TypeRef.STRING ? FeelValues.toFeel(v) : v;
    }

    /** The plain value of an output literal (a string without its quotes), or null for {@code null}. */
    public static String outputValue(String entry) {
        try {
            Object v = UnaryTestParser.parseLiteral(entry);
            return v == null ? null : FeelValues.toPlain(v);
        } catch (FeelSyntaxException e) {
            return entry;
        }
    }
}
