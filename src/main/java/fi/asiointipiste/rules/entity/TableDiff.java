package fi.asiointipiste.rules.entity;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * What changed from one version of a table to another. Rules are matched by their id (an id never changes when a
 * rule is edited); a rule only in the newer table is added, only in the older removed. Of the rules in both, the
 * longest run kept in the same order counts as staying in place and the others as moved, so moving one rule marks
 * that one rule, not every rule it passed. Cells are compared column by column (by column name), over the columns
 * of both tables, and the words (name and rationale columns) count as cells too. A column that was removed is
 * told once, as a column; its cells do not make every rule "changed".
 */
@Schema(
        name = "TableDiff",
        description = "What changed between two decision tables",
        properties = {
            @SchemaProperty(name = "oldHitPolicy", description = "The older hit policy"),
            @SchemaProperty(name = "newHitPolicy", description = "The newer hit policy"),
            @SchemaProperty(name = "columns", description = "The columns, each with its change"),
            @SchemaProperty(name = "rows", description = "The rules, each with its change")
        })
public record TableDiff(String oldHitPolicy, String newHitPolicy, List<Column> columns, List<Row> rows)
        implements Serializable {

    public enum Change {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    public enum Kind {
        INPUT,
        OUTPUT,
        ANNOTATION
    }

    /** A column of either table: added, removed, or in both (SAME, or CHANGED when its type or values changed). */
    @Schema(
            name = "TableDiffColumn",
            description = "A column and its change",
            properties = {
                @SchemaProperty(name = "kind", description = "Input, output or annotation"),
                @SchemaProperty(name = "name", description = "Its name"),
                @SchemaProperty(name = "change", description = "ADDED, REMOVED, CHANGED or SAME")
            })
    public record Column(Kind kind, String name, Change change) implements Serializable {}

    /**
     * One rule: where it was and is (1-based rows, 0 when absent), whether it moved, and its cells in the order
     * of {@link TableDiff#columns()} (old and new text; null where the column or rule is absent).
     */
    @Schema(
            name = "TableDiffRow",
            description = "A rule and its change",
            properties = {
                @SchemaProperty(name = "ruleId", description = "The rule's id"),
                @SchemaProperty(name = "oldRow", description = "Its row before"),
                @SchemaProperty(name = "newRow", description = "Its row after"),
                @SchemaProperty(name = "change", description = "ADDED, REMOVED, CHANGED or SAME"),
                @SchemaProperty(name = "moved", description = "Whether it moved"),
                @SchemaProperty(name = "cells", description = "Its cells before and after")
            })
    public record Row(String ruleId, int oldRow, int newRow, Change change, boolean moved, List<Cell> cells)
            implements Serializable {
        public boolean changedOrMoved() {
            return change != Change.SAME || moved;
        }
    }

    @Schema(
            name = "TableDiffCell",
            description = "A cell before and after",
            properties = {
                @SchemaProperty(name = "oldText", description = "Before"),
                @SchemaProperty(name = "newText", description = "After"),
                @SchemaProperty(name = "changed", description = "Whether it changed")
            })
    public record Cell(String oldText, String newText, boolean changed) implements Serializable {}

    public boolean hitPolicyChanged() {
        return !oldHitPolicy.equals(newHitPolicy);
    }

    public boolean identical() {
        return !hitPolicyChanged()
                && columns.stream().allMatch(c -> c.change() == Change.SAME)
                && rows.stream().noneMatch(Row::changedOrMoved);
    }

    public long count(Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }

    public long moved() {
        return rows.stream().filter(Row::moved).count();
    }

    public static TableDiff between(DecisionTable older, DecisionTable newer) {
        List<Column> columns = columns(older, newer);
        Map<String, Integer> oldIndex = index(older);
        Map<String, Integer> newIndex = index(newer);
        Set<String> inPlace = longestCommonOrder(older, newer, newIndex);
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < newer.rules().size(); n++) {
            Rule now = newer.rules().get(n);
            Integer o = oldIndex.get(now.id());
            Rule before = o == null ? null : older.rules().get(o);
            List<Cell> cells = cells(columns, older, before, newer, now);
            Change change = before == null
                    ? Change.ADDED
                    : cells.stream().anyMatch(Cell::changed) ? Change.CHANGED : Change.SAME;
            rows.add(new Row(
                    now.id(),
                    o == null ? 0 : o + 1,
                    n + 1,
                    change,
                    before != null && !inPlace.contains(now.id()),
                    cells));
        }
        for (int o = 0; o < older.rules().size(); o++) {
            Rule gone = older.rules().get(o);
            if (!newIndex.containsKey(gone.id())) {
                Row removed =
                        new Row(gone.id(), o + 1, 0, Change.REMOVED, false, cells(columns, older, gone, newer, null));
                rows.add(removedAt(rows, removed), removed);
            }
        }
        return new TableDiff(older.hitPolicy().dmnName(), newer.hitPolicy().dmnName(), columns, rows);
    }

    /** Where a removed rule goes in the listing: after the rows that were above it in the old table. */
    private static int removedAt(List<Row> rows, Row removed) {
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).oldRow() != 0 && rows.get(i).oldRow() < removed.oldRow()) {
                at = i + 1;
            }
        }
        return at;
    }

    private static List<Column> columns(DecisionTable older, DecisionTable newer) {
        List<Column> columns = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        newer.inputs().forEach(c -> names.add(c.expression()));
        older.inputs().forEach(c -> names.add(c.expression()));
        for (String name : names) {
            int o = older.inputIndex(name);
            int n = newer.inputIndex(name);
            columns.add(new Column(
                    Kind.INPUT,
                    name,
                    o < 0
                            ? Change.ADDED
                            : n < 0
                                    ? Change.REMOVED
                                    : sameInput(
                                                    older.inputs().get(o),
                                                    newer.inputs().get(n))
                                            ? Change.SAME
                                            : Change.CHANGED));
        }
        names.clear();
        newer.outputs().forEach(c -> names.add(c.name()));
        older.outputs().forEach(c -> names.add(c.name()));
        for (String name : names) {
            int o = older.outputIndex(name);
            int n = newer.outputIndex(name);
            columns.add(new Column(
                    Kind.OUTPUT,
                    name,
                    o < 0
                            ? Change.ADDED
                            : n < 0
                                    ? Change.REMOVED
                                    : sameOutput(
                                                    older.outputs().get(o),
                                                    newer.outputs().get(n))
                                            ? Change.SAME
                                            : Change.CHANGED));
        }
        names.clear();
        names.addAll(newer.annotationNames());
        names.addAll(older.annotationNames());
        for (String name : names) {
            boolean o = older.annotationNames().contains(name);
            boolean n = newer.annotationNames().contains(name);
            columns.add(new Column(Kind.ANNOTATION, name, !o ? Change.ADDED : !n ? Change.REMOVED : Change.SAME));
        }
        return columns;
    }

    private static boolean sameInput(InputColumn a, InputColumn b) {
        return a.type() == b.type() && Objects.equals(a.allowedValues(), b.allowedValues());
    }

    private static boolean sameOutput(OutputColumn a, OutputColumn b) {
        return a.type() == b.type() && Objects.equals(a.allowedValues(), b.allowedValues());
    }

    private static List<Cell> cells(
            List<Column> columns, DecisionTable older, Rule before, DecisionTable newer, Rule now) {
        List<Cell> cells = new ArrayList<>();
        for (Column c : columns) {
            String o = before == null ? null : text(older, before, c);
            String n = now == null ? null : text(newer, now, c);
            boolean changed = before != null
                    && now != null
                    && c.change() != Change.REMOVED
                    && !Objects.equals(normal(c, o), normal(c, n));
            cells.add(new Cell(o, n, changed));
        }
        return cells;
    }

    /** The cell's text, or null where the table has no such column. */
    private static String text(DecisionTable t, Rule r, Column c) {
        int i = switch (c.kind()) {
            case INPUT -> t.inputIndex(c.name());
            case OUTPUT -> t.outputIndex(c.name());
            case ANNOTATION -> t.annotationNames().indexOf(c.name());
        };
        if (i < 0) {
            return null;
        }
        List<String> texts = switch (c.kind()) {
            case INPUT -> r.inputEntries();
            case OUTPUT -> r.outputEntries();
            case ANNOTATION -> r.annotations();
        };
        return i < texts.size() ? texts.get(i) : null;
    }

    /** "Any" has two spellings and an absent word is an empty one: neither is a change. */
    private static String normal(Column c, String text) {
        if (text == null) {
            return c.kind() == Kind.INPUT ? "-" : c.kind() == Kind.OUTPUT ? "null" : "";
        }
        String s = text.strip();
        return c.kind() == Kind.INPUT && s.isEmpty() ? "-" : s;
    }

    private static Map<String, Integer> index(DecisionTable t) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < t.rules().size(); i++) {
            index.putIfAbsent(t.rules().get(i).id(), i);
        }
        return index;
    }

    /** The ids of the longest subsequence of common rules that keeps its order from the old table to the new. */
    private static Set<String> longestCommonOrder(
            DecisionTable older, DecisionTable newer, Map<String, Integer> newIndex) {
        List<Integer> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Rule r : older.rules()) {
            Integer n = newIndex.get(r.id());
            if (n != null) {
                positions.add(n);
                ids.add(r.id());
            }
        }
        int size = positions.size();
        int[] length = new int[size];
        int[] previous = new int[size];
        int best = -1;
        for (int i = 0; i < size; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (positions.get(j) < positions.get(i) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i = best; i >= 0; i = previous[i]) {
            kept.add(ids.get(i));
        }
        return kept;
    }
}
