package fi.asiointipiste.routing.engine.feel;

import java.util.List;

/**
 * A parsed input entry: {@code -} (any), a list of positive tests (matches if one matches), or {@code not(list)}.
 *
 * @param text    the entry as written, kept for explanations and export
 * @param any     true for {@code -}
 * @param negated true for {@code not(...)}
 * @param tests   the positive tests; empty when {@code any}
 */
public record UnaryTests(String text, boolean any, boolean negated, List<PositiveTest> tests) {
    public UnaryTests {
        tests = List.copyOf(tests);
    }

    public static UnaryTests any(String text) {
        return new UnaryTests(text, true, false, List.of());
    }

    /**
     * Whether {@code value} satisfies this entry: a list matches if some test is true (a null input is never equal
     * to a literal and never inside a comparison or interval). {@code not(...)} matches exactly when the list does
     * not match. Note: DMN 1.3 defines {@code not(< 5)} on null as null (no match), but Apache KIE, our reference,
     * negates the list's boolean outcome, so a null input satisfies {@code not(< 5)} and {@code not([1..3])}; we
     * follow KIE (verified by the differential test).
     */
    public boolean matches(Object value) {
        if (any) {
            return true;
        }
        Boolean result = Boolean.FALSE;
        for (PositiveTest t : tests) {
            Boolean r = t.test(value);
            if (Boolean.TRUE.equals(r)) {
                result = Boolean.TRUE;
                break;
            }
            if (r == null) {
                result = null;
            }
        }
        if (negated) {
            return !Boolean.TRUE.equals(result);
        }
        return Boolean.TRUE.equals(result);
    }

    /** All literal values mentioned by the tests (interval endpoints included), for domains and partitions. */
    public List<Object> literals() {
        return tests.stream().flatMap(t -> t.literals().stream()).toList();
    }
}
