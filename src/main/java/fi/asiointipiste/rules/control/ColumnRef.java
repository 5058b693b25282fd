package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.rules.entity.TableEdit;
import java.io.Serializable;

/**
 * One column of a table as the editor's column list names it ({@code "in:3"}: the fourth condition, {@code "out:1"}:
 * the second decision column), with what it is called, the values it allows, and the edits that rename it, give it
 * other allowed values or remove it.
 */
public record ColumnRef(boolean input, int index) implements Serializable {

    /** The column a list key names ({@code "in:3"}, {@code "out:1"}). */
    public static ColumnRef parse(String key) {
        if (key == null || !key.matches("(in|out):\\d{1,4}")) {
            throw new IllegalArgumentException("Not a column key: " + key);
        }
        return new ColumnRef(key.startsWith("in:"), Integer.parseInt(key.substring(key.indexOf(':') + 1)));
    }

    /** The key of this column in the list. */
    public String key() {
        return (input ? "in:" : "out:") + index;
    }

    /** The name the rules use: a condition's expression, a decision column's name. */
    public String name(DecisionTable table) {
        return input
                ? table.inputs().get(index).expression()
                : table.outputs().get(index).name();
    }

    public String allowedValues(DecisionTable table) {
        return input
                ? table.inputs().get(index).allowedValues()
                : table.outputs().get(index).allowedValues();
    }

    public TableEdit rename(String newName) {
        return input
                ? new TableEdit.RenameInput(index, strip(newName))
                : new TableEdit.RenameOutput(index, strip(newName));
    }

    public TableEdit setValues(String values) {
        return input ? new TableEdit.SetInputValues(index, values) : new TableEdit.SetOutputValues(index, values);
    }

    public TableEdit remove() {
        return input ? new TableEdit.RemoveInput(index) : new TableEdit.RemoveOutput(index);
    }

    /** A new condition (after the last one) or decision column. */
    public static TableEdit add(DecisionTable table, boolean input, String name, TypeRef type, String values) {
        return input
                ? new TableEdit.AddInput(table.inputs().size(), strip(name), type, values)
                : new TableEdit.AddOutput(strip(name), type, values);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
