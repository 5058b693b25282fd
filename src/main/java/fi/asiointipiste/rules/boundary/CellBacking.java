package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.control.CellForm;
import fi.asiointipiste.rules.entity.RuleEditRefused;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The cell being edited on the editor page: its {@link CellForm} (the picker that fits its column, or the S-FEEL
 * text for experts, checked as it is typed). Saving goes through {@link DraftBacking}.
 */
@Named
@ViewScoped
public class CellBacking implements Serializable {

    @Inject
    DraftBacking draft;

    @Inject
    RuleWords words;

    private CellForm form;
    private String checkKey;
    private String checkDetail;

    /** Opens the editor on one cell: the picker is filled from what the cell says now. */
    public void open(int ruleIndex, boolean inputColumn, int columnIndex) {
        form = CellForm.of(draft.getTable(), ruleIndex, inputColumn, columnIndex);
        checkKey = null;
        checkDetail = null;
    }

    public void close() {
        form = null;
    }

    /** Saves what the picker says. */
    public void savePicked() {
        save(form.picked(draft.getTable()));
    }

    /** Saves the S-FEEL text as typed. */
    public void saveExpert() {
        save(form.typed());
    }

    private void save(TableEdit edit) {
        try {
            draft.apply(edit);
        } catch (RuleEditRefused refused) { // the engine's own words go beside the field, the message to the page
            checkKey = refused.key();
            checkDetail = refused.detail();
            throw refused;
        }
        form = null;
        Messages.info("rules.edit.saved");
    }

    /** Checks the S-FEEL text as it is typed: the edit is tried on the table in memory, nothing is saved. */
    public void check() {
        try {
            form.typed().apply(draft.getTable());
            checkKey = "rules.cell.ok";
            checkDetail = null;
        } catch (RuleEditRefused refused) {
            checkKey = refused.key();
            checkDetail = refused.detail();
        }
    }

    /** The label of a picker option in the reader's language. */
    public String optionLabel(String value) {
        return words.value(form.getColumnName(), value);
    }

    /** "Rule 7 (Repeated Kela visits): Customer profile". */
    public String getTitle() {
        if (form == null) {
            return "";
        }
        var table = draft.getReadable();
        int column = form.getColumn();
        String columnLabel = form.isInput()
                ? table.inputs().get(column).label()
                : table.outputs().stream()
                        .filter(h -> h.index() == column)
                        .findFirst()
                        .map(h -> h.label())
                        .orElse("");
        String ruleName = table.rows().get(form.getRule()).name();
        return Messages.text(
                words.vocabulary().locale(), "rules.cell.title", form.getRule() + 1, ruleName, columnLabel);
    }

    public boolean isOpen() {
        return form != null;
    }

    public CellForm getForm() {
        return form;
    }

    public String getCheckKey() {
        return checkKey;
    }

    public String getCheckDetail() {
        return checkDetail;
    }
}
