package fi.asiointipiste.platform.text;

/**
 * Text bound for a spreadsheet (every CSV and XLSX the application exports) goes through here, so that no cell is
 * read as a formula and no file breaks on a character its format cannot hold.
 *
 * <p>A spreadsheet evaluates a cell whose text begins with {@code =}, {@code +}, {@code -} or {@code @}; a leading
 * TAB or CR is dropped by some programs, after which the rest begins the formula (CSV/formula injection, OWASP).
 * In a CSV such a text is prefixed with an apostrophe, which spreadsheets show as text and hide; plain numbers (e.g.
 * {@code -5}) are left as they are. An XLSX needs no prefix: its text cells are inline strings, which no spreadsheet
 * evaluates (a formula would need an {@code <f>} element), so the text is kept exactly. XML 1.0 cannot hold control
 * characters other than TAB, LF and CR: in an XLSX they become U+FFFD, so a name with a stray control character
 * cannot make the workbook unreadable.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {}

    /** The text with an apostrophe in front when a spreadsheet would otherwise evaluate it. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        boolean formula = FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+([.,]\\d+)?");
        return formula ? "'" + text : text;
    }

    /** A CSV field: neutralised, always in double quotes, inner quotes doubled. */
    public static String csvField(String text) {
        return "\"" + neutralised(text).replace("\"", "\"\"") + "\"";
    }

    /** Text for an inline-string cell of a workbook: escaped, without characters XML forbids. */
    public static String xmlText(String text) {
        String safe = text == null ? "" : text;
        StringBuilder out = new StringBuilder(safe.length());
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default ->
                    out.append(
                            c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'
                                    ? '\uFFFD'
                                    : c);
            }
        }
        return out.toString();
    }
}
