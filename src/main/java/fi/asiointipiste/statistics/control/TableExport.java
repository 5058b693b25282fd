package fi.asiointipiste.statistics.control;

import fi.asiointipiste.platform.text.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a table as CSV or XLSX: first the filters the supervisor chose (one line each), an empty line, then
 * the header and the rows with small cells suppressed ({@link SmallCells}). XLSX is a minimal SpreadsheetML
 * workbook written here (inline strings, numbers as numbers), so no extra library is needed.
 */
public final class TableExport {

    private TableExport() {}

    /** Header and rows as the export shows them: labels translated, small cells suppressed. */
    public static List<List<Object>> lines(TableData table, Function<String, String> translate) {
        return lines(table, translate, true);
    }

    /**
     * @param suppress false for a point's own operational report (the daily closing report), whose small counts are
     *                 its staff's own work and not published figures
     */
    public static List<List<Object>> lines(TableData table, Function<String, String> translate, boolean suppress) {
        List<List<Object>> lines = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        table.getHeaderKeys().forEach(k -> header.add(TableData.text(k, translate)));
        lines.add(header);
        for (List<Object> row : suppress ? SmallCells.suppress(table) : table.getRows()) {
            List<Object> line = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                line.add(cell != null && table.kind(c) == TableData.Kind.LABEL ? translate.apply((String) cell) : cell);
            }
            lines.add(line);
        }
        return lines;
    }

    public static byte[] csv(TableData table, Function<String, String> translate, List<String> filters) {
        return csv(table, translate, filters, true);
    }

    public static byte[] csv(
            TableData table, Function<String, String> translate, List<String> filters, boolean suppress) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(quote(translate.apply(table.getTitleKey()))).append("\r\n");
        filters.forEach(f -> out.append(quote(f)).append("\r\n"));
        out.append("\r\n");
        for (List<Object> line : lines(table, translate, suppress)) {
            for (int i = 0; i < line.size(); i++) {
                out.append(i == 0 ? "" : ";").append(quote(format(line.get(i))));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(TableData table, Function<String, String> translate, List<String> filters) {
        return xlsx(table, translate, filters, true);
    }

    public static byte[] xlsx(
            TableData table, Function<String, String> translate, List<String> filters, boolean suppress) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        int r = 1;
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of(translate.apply(table.getTitleKey())));
        filters.forEach(f -> all.add(List.of(f)));
        all.add(List.of());
        all.addAll(lines(table, translate, suppress));
        for (List<Object> line : all) {
            sheet.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < line.size(); c++) {
                Object cell = line.get(c);
                String ref = column(c) + r;
                if (cell instanceof Number n) {
                    sheet.append("<c r=\"")
                            .append(ref)
                            .append("\"><v>")
                            .append(plain(n))
                            .append("</v></c>");
                } else if (cell != null) {
                    sheet.append("<c r=\"")
                            .append(ref)
                            .append("\" t=\"inlineStr\"><is><t>")
                            .append(xml(cell.toString()))
                            .append("</t></is></c>");
                }
            }
            sheet.append("</row>");
            r++;
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"" + xml(table.getId())
                            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String plain(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15
                ? String.valueOf((long) d)
                : String.valueOf(Math.round(d * 1000) / 1000.0);
    }

    static String format(Object cell) {
        return cell == null ? "" : cell instanceof Number n ? plain(n) : cell.toString();
    }

    private static String quote(String text) {
        return SpreadsheetCells.csvField(text);
    }

    private static String xml(String text) {
        return SpreadsheetCells.xmlText(text);
    }
}
