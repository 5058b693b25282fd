package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.statistics.control.TableData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Chart.js configuration (what PrimeFaces' p:chart takes) drawn from a statistics table, so a chart always
 * shows the same numbers as the table next to it. Colours come in the WCAG AA palette of app.css.
 */
final class ChartJson {

    private static final String[] COLOURS = {"#1b5e91", "#8a4b08", "#2e6b30", "#6a3d9a", "#a4262c"};

    private ChartJson() {}

    /** columns: comma-separated indexes of the numeric columns to draw as data sets. */
    static String of(TableData table, int labelColumn, String columns, String type, Function<String, String> text) {
        if (table == null) {
            return "{}";
        }
        List<String> labels = new ArrayList<>();
        for (List<Object> row : table.getRows()) {
            Object label = row.get(labelColumn);
            labels.add(string(
                    table.kind(labelColumn) == TableData.Kind.LABEL
                            ? text.apply((String) label)
                            : String.valueOf(label)));
        }
        StringBuilder json = new StringBuilder("{\"type\":\"")
                .append(type)
                .append("\",\"data\":{\"labels\":[")
                .append(String.join(",", labels))
                .append("],\"datasets\":[");
        String[] indexes = columns.split(",");
        for (int i = 0; i < indexes.length; i++) {
            int c = Integer.parseInt(indexes[i].trim());
            List<String> data = new ArrayList<>();
            for (List<Object> row : table.getRows()) {
                data.add(row.get(c) instanceof Number n ? String.valueOf(n.doubleValue()) : "0");
            }
            String colour = COLOURS[i % COLOURS.length];
            json.append(i == 0 ? "" : ",")
                    .append("{\"label\":")
                    .append(string(text.apply(table.getHeaderKeys().get(c))))
                    .append(",\"backgroundColor\":\"")
                    .append(colour)
                    .append("\",\"borderColor\":\"")
                    .append(colour)
                    .append("\",\"fill\":false,\"data\":[")
                    .append(String.join(",", data))
                    .append("]}");
        }
        json.append("]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false}}");
        return json.toString();
    }

    /**
     * A JSON string: quotes, backslashes and every control character escaped (a label with a line break broke the
     * whole chart), and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as escapes, so the text can sit inside a
     * page's script.
     */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
