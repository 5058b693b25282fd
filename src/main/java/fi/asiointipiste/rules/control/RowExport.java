package fi.asiointipiste.rules.control;

import fi.asiointipiste.platform.text.SpreadsheetCells;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes rows as CSV (UTF-8 with a byte-order mark, semicolons, as the statistics exports) or as a minimal XLSX
 * workbook, straight to the output as they come, so an export of any length holds one row at a time. Cells that
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

    static String plain(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15
                ? String.valueOf((long) d)
                : String.valueOf(Math.round(d * 100) / 100.0);
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
        private final ZipOutputStream zip;
        private final Writer sheet;
        private int r = 1;

        Xlsx(OutputStream out, String sheetName) {
            zip = new ZipOutputStream(out);
            try {
                entry(
                        "[Content_Types].xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                                + "</Types>");
                entry(
                        "_rels/.rels",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                + "</Relationships>");
                entry(
                        "xl/workbook.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                + "<sheets><sheet name=\"" + SpreadsheetCells.xmlText(sheetName)
                                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                entry(
                        "xl/_rels/workbook.xml.rels",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                + "</Relationships>");
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void entry(String name, String content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        @Override
        public void row(List<?> cells) {
            StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\">");
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                String ref = column(c) + r;
                if (cell instanceof Number n) {
                    row.append("<c r=\"")
                            .append(ref)
                            .append("\"><v>")
                            .append(plain(n))
                            .append("</v></c>");
                } else if (cell != null) {
                    row.append("<c r=\"")
                            .append(ref)
                            .append("\" t=\"inlineStr\"><is><t>")
                            .append(SpreadsheetCells.xmlText(cell.toString()))
                            .append("</t></is></c>");
                }
            }
            r++;
            try {
                sheet.write(row.append("</row>").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        }

        static String column(int index) {
            StringBuilder name = new StringBuilder();
            for (int i = index + 1; i > 0; i = (i - 1) / 26) {
                name.insert(0, (char) ('A' + (i - 1) % 26));
            }
            return name.toString();
        }
    }
}
