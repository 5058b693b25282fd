package fi.asiointipiste.statistics.control;

import fi.asiointipiste.platform.text.SpreadsheetCells;
import fi.asiointipiste.platform.text.WorkbookWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a table as CSV or XLSX: first the filters the supervisor chose (one line each), an empty line, then
 * the header and the rows with small cells suppressed ({@link SmallCells}). XLSX through the shared
 * {@link WorkbookWriter} (inline strings, numbers as numbers), so no extra library is needed.
 */
public final class TableExport {

    /** Statistics figures keep three decimals. */
    static final int DECIMALS = 3;

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WorkbookWriter sheet = new WorkbookWriter(bytes, table.getId(), DECIMALS)) {
            sheet.row(List.of(translate.apply(table.getTitleKey())));
            filters.forEach(f -> sheet.row(List.of(f)));
            sheet.row(List.of());
            lines(table, translate, suppress).forEach(sheet::row);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static String plain(Number n) {
        return WorkbookWriter.number(n, DECIMALS);
    }

    static String format(Object cell) {
        return cell == null ? "" : cell instanceof Number n ? plain(n) : cell.toString();
    }

    private static String quote(String text) {
        return SpreadsheetCells.csvField(text);
    }
}
