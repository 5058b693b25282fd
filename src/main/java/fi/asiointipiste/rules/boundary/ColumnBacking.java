package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.control.ColumnRef;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The chosen column of the draft on the editor page: rename it, give it its allowed values, or remove it. Adding a
 * column is {@link NewColumnBacking}.
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

    /** Fills the fields of the chosen column. */
    public void choose() {
        if (column == null) {
            return;
        }
        ColumnRef ref = ColumnRef.parse(column);
        newName = ref.name(draft.getTable());
        allowedValues = ref.allowedValues(draft.getTable());
    }

    public void rename() {
        edit(ColumnRef.parse(column).rename(newName));
        column = null;
    }

    public void saveValues() {
        edit(ColumnRef.parse(column).setValues(allowedValues));
    }

    public void remove() {
        edit(ColumnRef.parse(column).remove());
        column = null;
    }

    private void edit(TableEdit edit) {
        draft.apply(edit);
        Messages.info("rules.edit.saved");
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
}
