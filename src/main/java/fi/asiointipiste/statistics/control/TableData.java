package fi.asiointipiste.statistics.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One statistics table exactly as the page shows it and the exports write it: header keys, typed columns and
 * rows of cells (a label key or text, or a number). The page, CSV and XLSX all render this one object.
 */
public class TableData implements Serializable {

    /** LABEL cells are message keys (or plain codes), TEXT is shown as is, the others are numbers. */
    public enum Kind {
        LABEL,
        TEXT,
        COUNT,
        DECIMAL,
        PERCENT
    }

    private final String id;
    private final String titleKey;
    private final List<String> headerKeys = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> drills = new ArrayList<>();

    public TableData(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    public TableData column(String headerKey, Kind kind) {
        headerKeys.add(headerKey);
        kinds.add(kind);
        return this;
    }

    public TableData row(Object... cells) {
        if (cells.length != kinds.size()) {
            throw new IllegalArgumentException(id + ": " + cells.length + " cells for " + kinds.size() + " columns");
        }
        rows.add(java.util.Arrays.asList(cells));
        drills.add(null);
        return this;
    }

    /** Makes the last row's first cell a drill-down to the figures behind it (a filter value). */
    public TableData drill(String value) {
        drills.set(drills.size() - 1, value);
        return this;
    }

    public String drillOf(int row) {
        return drills.get(row);
    }

    public List<Integer> getRowIndexes() {
        return java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
    }

    /** A header is a message key, or literal text after '#' (hours of the heat map). */
    public static String literal(String text) {
        return "#" + text;
    }

    /** A header or label key as text: the literal after '#', otherwise its translation; null is empty. */
    public static String text(String key, Function<String, String> translate) {
        return key == null ? "" : key.startsWith("#") ? key.substring(1) : translate.apply(key);
    }

    public String getId() {
        return id;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public List<String> getHeaderKeys() {
        return headerKeys;
    }

    public List<Kind> getKinds() {
        return kinds;
    }

    public Kind kind(int column) {
        return kinds.get(column);
    }

    public List<List<Object>> getRows() {
        return rows;
    }

    public List<Integer> getColumnIndexes() {
        return java.util.stream.IntStream.range(0, kinds.size()).boxed().toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
