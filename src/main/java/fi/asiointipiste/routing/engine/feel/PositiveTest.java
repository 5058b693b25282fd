package fi.asiointipiste.routing.engine.feel;

import java.util.ArrayList;
import java.util.List;

/**
 * One simple positive unary test. Literals are {@link String}, {@link java.math.BigDecimal}, {@link Boolean} or
 * {@link java.time.LocalDate}; {@link FeelValues#compare} orders them. Each test answers true, false or null
 * (FEEL's "unknown"), which decides how {@code not(...)} treats null inputs.
 */
public sealed interface PositiveTest {

    /** Three-valued result of applying the test to an input value. */
    Boolean test(Object value);

    List<Object> literals();

    /** {@code null}: true exactly for a null input. */
    record IsNull() implements PositiveTest {
        public Boolean test(Object value) {
            return value == null;
        }

        public List<Object> literals() {
            return List.of();
        }
    }

    /** A literal: equality; a null input is simply not equal (false, not null), as FEEL's {@code =} defines. */
    record Equal(Object literal) implements PositiveTest {
        public Boolean test(Object value) {
            if (value == null) {
                return false;
            }
            Integer c = FeelValues.compare(value, literal);
            return c == null ? null : c == 0;
        }

        public List<Object> literals() {
            return List.of(literal);
        }
    }

    /** {@code < x}, {@code <= x}, {@code > x}, {@code >= x}: null input gives null. */
    record Compare(Op op, Object literal) implements PositiveTest {
        public Boolean test(Object value) {
            Integer c = value == null ? null : FeelValues.compare(value, literal);
            if (c == null) {
                return null;
            }
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }

        public List<Object> literals() {
            return List.of(literal);
        }
    }

    /** An interval such as {@code [18..64]} or {@code ]0..10[}; null input gives null. */
    record Range(Object low, boolean lowClosed, Object high, boolean highClosed) implements PositiveTest {
        public Boolean test(Object value) {
            Integer lo = value == null ? null : FeelValues.compare(value, low);
            Integer hi = value == null ? null : FeelValues.compare(value, high);
            if (lo == null || hi == null) {
                return null;
            }
            return (lowClosed ? lo >= 0 : lo > 0) && (highClosed ? hi <= 0 : hi < 0);
        }

        public List<Object> literals() {
            List<Object> l = new ArrayList<>(2);
            l.add(low);
            l.add(high);
            return l;
        }
    }

    enum Op {
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
