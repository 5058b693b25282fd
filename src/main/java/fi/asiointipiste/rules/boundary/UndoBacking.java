package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.control.DraftHistory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Undo and redo on the editor page: step by step through the edits saved in this view (up to
 * {@link DraftHistory#STEPS}); on a page just opened, undo takes back the draft's last saved edit (the one step the
 * draft itself keeps).
 */
@Named
@ViewScoped
public class UndoBacking implements Serializable {

    @Inject
    DraftBacking draft;

    @Inject
    RuleDrafts drafts;

    public void undo() {
        DraftHistory history = draft.history();
        DraftHistory.Step step = history.nextUndo();
        if (step == null) { // nothing done in this view: the draft's own last edit
            draft.save(() -> drafts.undo(draft.getId(), draft.version()));
            history.forget();
        } else {
            String current = draft.getSet().getDmnXml();
            draft.save(
                    () -> drafts.restore(draft.getId(), draft.version(), step.dmnXml(), "undo: " + step.description()));
            history.undone(current);
        }
        Messages.info("rules.undo.done");
    }

    public void redo() {
        DraftHistory history = draft.history();
        DraftHistory.Step step = history.nextRedo();
        if (step == null) {
            return;
        }
        String current = draft.getSet().getDmnXml();
        draft.save(() -> drafts.restore(draft.getId(), draft.version(), step.dmnXml(), "redo: " + step.description()));
        history.redone(current);
        Messages.info("rules.redo.done");
    }

    public boolean isUndoable() {
        DraftHistory history = draft.history();
        return history.canUndo() || (history.isFresh() && draft.getSet().isUndoable());
    }

    public boolean isRedoable() {
        return draft.history().canRedo();
    }

    /** What undo takes back (the edit's own description). */
    public String getUndoTitle() {
        DraftHistory.Step step = draft.history().nextUndo();
        return step != null ? step.description() : draft.getSet().getLastEdit();
    }

    public String getRedoTitle() {
        DraftHistory.Step step = draft.history().nextRedo();
        return step == null ? "" : step.description();
    }
}
