package fi.asiointipiste.platform.text;

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
 * Writes a minimal XLSX workbook (SpreadsheetML, one sheet) straight to the output, row by row, so an export of any
 * length holds one row at a time and needs no extra library. Numbers become number cells (rounded to the caller's
 * number of decimals, whole numbers without a fraction); other cells inline strings through
 * {@link SpreadsheetCells#xmlText}, which no spreadsheet evaluates; {@code null} leaves the cell empty. Every XLSX the
 * application exports is written here.
 */
public final class WorkbookWriter implements Closeable {

    private final ZipOutputStream zip;
    private final Writer sheet;
    private final int decimals;
    private int r = 1;

    /**
     * Starts the workbook on the output (which {@link #close()} finishes but leaves open).
     *
     * @param decimals how many decimals a number cell keeps
     */
    public WorkbookWriter(OutputStream out, String sheetName, int decimals) {
        this.decimals = decimals;
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

    /** The next row; an empty list writes an empty row. */
    public void row(List<?> cells) {
        StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            String ref = column(c) + r;
            if (cell instanceof Number n) {
                row.append("<c r=\"")
                        .append(ref)
                        .append("\"><v>")
                        .append(number(n, decimals))
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

    /** Ends the sheet and the workbook; the output itself stays open. */
    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** The spreadsheet letters of a column: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /**
     * A number as a cell (and a CSV) shows it: a whole number without a fraction, any other rounded half up to
     * {@code decimals} places, trailing zeros dropped.
     */
    public static String number(Number n, int decimals) {
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        double scale = Math.pow(10, decimals);
        return String.valueOf(Math.round(d * scale) / scale);
    }
}
