package fi.asiointipiste.statistics.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for exported and printed tables. The rule (docs/statistics.md):
 * <ol>
 * <li>a count from 1 to 4 is shown as "&lt;5" (0 stays 0: an empty cell reveals nobody);</li>
 * <li>when exactly one cell of a count column is suppressed, the smallest other non-zero cell of that column is
 * suppressed too, so no suppressed value can be derived from a total by subtraction;</li>
 * <li>in a row whose first count is suppressed, every other number (shares, averages, minutes) is shown as
 * "–", since it could reveal the count.</li>
 * </ol>
 */
public final class SmallCells {

    public static final String HIDDEN = "<5";
    public static final String WITHHELD = "–";
    static final long THRESHOLD = 5;

    private SmallCells() {}

    /** The cells of the table with numbers kept as numbers and suppressed cells replaced by text. */
    public static List<List<Object>> suppress(TableData table) {
        int columns = table.getKinds().size();
        List<List<Object>> out = new ArrayList<>();
        boolean[][] hidden = new boolean[table.getRows().size()][columns];
        for (int c = 0; c < columns; c++) {
            if (table.kind(c) != TableData.Kind.COUNT) {
                continue;
            }
            int count = 0;
            for (int r = 0; r < table.getRows().size(); r++) {
                long value = count(table.getRows().get(r).get(c));
                if (value > 0 && value < THRESHOLD) {
                    hidden[r][c] = true;
                    count++;
                }
            }
            if (count == 1) {
                int smallest = -1;
                for (int r = 0; r < table.getRows().size(); r++) {
                    long value = count(table.getRows().get(r).get(c));
                    if (!hidden[r][c]
                            && value > 0
                            && (smallest < 0
                                    || value
                                            < count(table.getRows()
                                                    .get(smallest)
                                                    .get(c)))) {
                        smallest = r;
                    }
                }
                if (smallest >= 0) {
                    hidden[smallest][c] = true;
                }
            }
        }
        int firstCount = table.getKinds().indexOf(TableData.Kind.COUNT);
        for (int r = 0; r < table.getRows().size(); r++) {
            List<Object> row = new ArrayList<>(table.getRows().get(r));
            boolean rowHidden = firstCount >= 0 && hidden[r][firstCount];
            for (int c = 0; c < columns; c++) {
                TableData.Kind kind = table.kind(c);
                if (kind == TableData.Kind.COUNT && hidden[r][c]) {
                    row.set(c, HIDDEN);
                } else if (rowHidden
                        && (kind == TableData.Kind.DECIMAL || kind == TableData.Kind.PERCENT)
                        && row.get(c) != null) {
                    row.set(c, WITHHELD);
                }
            }
            out.add(row);
        }
        return out;
    }

    private static long count(Object cell) {
        return cell instanceof Number n ? Math.round(n.doubleValue()) : 0;
    }
}
