package fi.asiointipiste.routing.engine.feel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for S-FEEL cells. Grammar (whitespace allowed between tokens):
 * <pre>
 * inputEntry := "-" | "not" "(" tests ")" | tests
 * tests      := test ("," test)*
 * test       := "null" | ("&lt;" | "&lt;=" | "&gt;" | "&gt;=") literal | interval | literal
 * interval   := ("[" | "(" | "]") literal ".." literal ("]" | ")" | "[")
 * literal    := string | number | "true" | "false" | "date(" string ")"
 * outputEntry:= literal | "null"
 * </pre>
 * {@code ]a..b[} and {@code (a..b)} are both accepted for open ends. Instances are single-use.
 */
public final class UnaryTestParser {
    private static final String LITERAL = "a string, number, boolean or date(\"yyyy-mm-dd\") literal";
    private final String text;
    private int pos;

    private UnaryTestParser(String text) {
        this.text = text;
    }

    /** Parses an input entry; an empty cell counts as {@code -}. */
    public static UnaryTests parseInputEntry(String text) {
        String t = text == null ? "" : text;
        UnaryTestParser p = new UnaryTestParser(t);
        p.skipWs();
        if (p.atEnd()) {
            return UnaryTests.any(t);
        }
        if (p.peek() == '-' && !p.followedByNumber()) {
            p.pos++;
            p.expectEnd();
            return UnaryTests.any(t);
        }
        if (p.lookingAtWord("not")) {
            p.pos += 3;
            p.skipWs();
            p.expect('(');
            List<PositiveTest> tests = p.tests();
            p.expect(')');
            p.expectEnd();
            return new UnaryTests(t, false, true, tests);
        }
        List<PositiveTest> tests = p.tests();
        p.expectEnd();
        return new UnaryTests(t, false, false, tests);
    }

    /** Parses an output entry or allowed value: a literal or {@code null} (returned as Java null). */
    public static Object parseLiteral(String text) {
        UnaryTestParser p = new UnaryTestParser(text == null ? "" : text);
        p.skipWs();
        if (p.lookingAtWord("null")) {
            p.pos += 4;
            p.expectEnd();
            return null;
        }
        Object v = p.literal();
        p.expectEnd();
        return v;
    }

    private List<PositiveTest> tests() {
        List<PositiveTest> tests = new ArrayList<>();
        tests.add(test());
        skipWs();
        while (!atEnd() && peek() == ',') {
            pos++;
            tests.add(test());
            skipWs();
        }
        return tests;
    }

    private PositiveTest test() {
        skipWs();
        if (atEnd()) {
            throw error("a unary test (literal, comparison, interval or null)");
        }
        char c = peek();
        if (c == '<' || c == '>') {
            pos++;
            boolean eq = !atEnd() && peek() == '=';
            if (eq) {
                pos++;
            }
            PositiveTest.Op op = c == '<'
                    ? (eq ? PositiveTest.Op.LE : PositiveTest.Op.LT)
                    : (eq ? PositiveTest.Op.GE : PositiveTest.Op.GT);
            skipWs();
            return new PositiveTest.Compare(op, literal());
        }
        if (c == '[' || c == '(' || c == ']') {
            pos++;
            boolean lowClosed = c == '[';
            Object low = literal();
            skipWs();
            if (!text.startsWith("..", pos)) {
                throw error("'..' between the interval's end points");
            }
            pos += 2;
            Object high = literal();
            skipWs();
            if (atEnd() || (peek() != ']' && peek() != ')' && peek() != '[')) {
                throw error("']', ')' or '[' closing the interval");
            }
            boolean highClosed = peek() == ']';
            pos++;
            return new PositiveTest.Range(low, lowClosed, high, highClosed);
        }
        if (lookingAtWord("null")) {
            pos += 4;
            return new PositiveTest.IsNull();
        }
        return new PositiveTest.Equal(literal());
    }

    private Object literal() {
        skipWs();
        if (atEnd()) {
            throw error(LITERAL);
        }
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '-' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        if (lookingAtWord("true")) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (lookingAtWord("false")) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (lookingAtWord("date")) {
            pos += 4;
            skipWs();
            expect('(');
            skipWs();
            int at = pos;
            if (atEnd() || peek() != '"') {
                throw error("a quoted date \"yyyy-mm-dd\"");
            }
            String s = string();
            skipWs();
            expect(')');
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new FeelSyntaxException("a valid date \"yyyy-mm-dd\"", at, "\"" + s + "\"");
            }
        }
        throw error(LITERAL);
    }

    private BigDecimal number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
            skipWs();
        }
        int digitsStart = pos;
        while (!atEnd() && Character.isDigit(peek())) {
            pos++;
        }
        // A '.' followed by '.' is the interval separator, not a decimal point.
        if (!atEnd() && peek() == '.' && !text.startsWith("..", pos)) {
            pos++;
            while (!atEnd() && Character.isDigit(peek())) {
                pos++;
            }
        }
        String digits = text.substring(digitsStart, pos);
        if (digits.isEmpty() || digits.equals(".")) {
            pos = start;
            throw error("a number");
        }
        BigDecimal n = new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
        return text.charAt(start) == '-' ? n.negate() : n;
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\' && !atEnd()) {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("four hex digits after \\u");
                        }
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        throw new FeelSyntaxException("a closing '\"'", start, "an unterminated string");
    }

    private boolean followedByNumber() {
        int p = pos + 1;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < text.length() && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '.');
    }

    private boolean lookingAtWord(String word) {
        if (!text.startsWith(word, pos)) {
            return false;
        }
        int end = pos + word.length();
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private void expect(char c) {
        skipWs();
        if (atEnd() || peek() != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private void expectEnd() {
        skipWs();
        if (!atEnd()) {
            throw error(peek() == ',' ? "end of entry" : "',' or end of entry");
        }
    }

    private FeelSyntaxException error(String expected) {
        String found = atEnd() ? "end of entry" : "'" + text.substring(pos, Math.min(text.length(), pos + 10)) + "'";
        return new FeelSyntaxException(expected, pos, found);
    }

    private void skipWs() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }
}
