package fi.asiointipiste.rules.control;

import fi.asiointipiste.platform.text.SpreadsheetCells;
import fi.asiointipiste.platform.text.WorkbookWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows as CSV (UTF-8 with a byte-order mark, semicolons, as the statistics exports) or as a minimal XLSX
 * workbook ({@link WorkbookWriter}), straight to the output as they come, so an export of any length holds one row at a time. Cells that
 * a spreadsheet would evaluate (=, +, -, @ first) are written as text.
 */
public abstract class RowExport implements Closeable {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** "csv" or "xlsx"; anything else is refused by the caller before. */
    public static RowExport of(String format, OutputStream out, String sheetName) {
        return "xlsx".equals(format) ? new Xlsx(out, sheetName) : new Csv(out);
    }

    public static boolean known(String format) {
        return "csv".equals(format) || "xlsx".equals(format);
    }

    public abstract void row(List<?> cells);

    /** Simulation figures keep two decimals. */
    static final int DECIMALS = 2;

    static String plain(Number n) {
        return WorkbookWriter.number(n, DECIMALS);
    }

    private static final class Csv extends RowExport {
        private final Writer out;

        Csv(OutputStream out) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write("\uFEFF");
        }

        @Override
        public void row(List<?> cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                Object cell = cells.get(i);
                line.append(i == 0 ? "" : ";")
                        .append(
                                cell instanceof Number n
                                        ? "\"" + plain(n) + "\""
                                        : SpreadsheetCells.csvField(cell == null ? "" : cell.toString()));
            }
            write(line.append("\r\n").toString());
        }

        private void write(String s) {
            try {
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static final class Xlsx extends RowExport {
        private final WorkbookWriter workbook;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new WorkbookWriter(out, sheetName, DECIMALS);
        }

        @Override
        public void row(List<?> cells) {
            workbook.row(cells);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
