package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The columns of the draft on the editor page: add a condition (a fact the rules read) or a decision column,
 * rename one, give it its allowed values, or remove it.
 */
@Named
@ViewScoped
public class ColumnBacking implements Serializable {

    @Inject
    DraftBacking draft;

    /** "in:3" or "out:1": the column chosen in the list. */
    private String column;

    private String newName;
    private String allowedValues;
    private boolean input = true;
    private String name;
    private String type = TypeRef.STRING.name();
    private String values;

    /** Fills the fields of the chosen column. */
    public void choose() {
        if (column == null) {
            return;
        }
        int index = index();
        if (isInputChosen()) {
            newName = draft.getTable().inputs().get(index).expression();
            allowedValues = draft.getTable().inputs().get(index).allowedValues();
        } else {
            newName = draft.getTable().outputs().get(index).name();
            allowedValues = draft.getTable().outputs().get(index).allowedValues();
        }
    }

    public void rename() {
        edit(
                isInputChosen()
                        ? new TableEdit.RenameInput(index(), trim(newName))
                        : new TableEdit.RenameOutput(index(), trim(newName)));
        column = null;
    }

    public void saveValues() {
        edit(
                isInputChosen()
                        ? new TableEdit.SetInputValues(index(), allowedValues)
                        : new TableEdit.SetOutputValues(index(), allowedValues));
    }

    public void remove() {
        edit(isInputChosen() ? new TableEdit.RemoveInput(index()) : new TableEdit.RemoveOutput(index()));
        column = null;
    }

    public void add() {
        TypeRef t = TypeRef.valueOf(type);
        edit(
                input
                        ? new TableEdit.AddInput(draft.getTable().inputs().size(), trim(name), t, values)
                        : new TableEdit.AddOutput(trim(name), t, values));
        name = null;
        values = null;
    }

    private void edit(TableEdit edit) {
        draft.apply(edit);
        Messages.info("rules.edit.saved");
    }

    private boolean isInputChosen() {
        return column.startsWith("in:");
    }

    private int index() {
        return Integer.parseInt(column.substring(column.indexOf(':') + 1));
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public List<TypeRef> getTypes() {
        return List.of(TypeRef.values());
    }

    public boolean isChosen() {
        return column != null;
    }

    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getAllowedValues() {
        return allowedValues;
    }

    public void setAllowedValues(String allowedValues) {
        this.allowedValues = allowedValues;
    }

    public boolean isInput() {
        return input;
    }

    public void setInput(boolean input) {
        this.input = input;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }
}
