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
     * Whether {@code value} satisfies this entry. A list matches if some test is true; if none is true but some is
     * null (e.g. {@code < 5} on a null input) the list is null. {@code not(...)} negates true/false and keeps null;
     * only a true result matches, so a null input satisfies {@code not("A")} but not {@code not(< 5)}.
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
            return Boolean.FALSE.equals(result);
        }
        return Boolean.TRUE.equals(result);
    }

    /** All literal values mentioned by the tests (interval endpoints included), for domains and partitions. */
    public List<Object> literals() {
        return tests.stream().flatMap(t -> t.literals().stream()).toList();
    }
}
