package fi.asiointipiste.routing.engine.compile;

/** Allocation-free parsing of plain decimals such as {@code 42}, {@code -3.5}. */
final class DecimalChars {
    private static final double[] POW10 = {
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    private DecimalChars() {}

    /**
     * The value, or NaN when the text is not a plain decimal of at most 15 digits (the caller then falls back to
     * {@link Double#parseDouble}). Exact because mantissa and power of ten are exact doubles and one division
     * rounds correctly.
     */
    static double parse(char[] b, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = b[i] == '-';
        if (negative || b[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < end; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.NaN;
        }
        double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -v : v;
    }
}
