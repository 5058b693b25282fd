package fi.asiointipiste.visits.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.VisitTask;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The clerk's unsaved choices for one task on the visit page: level, override reason and note, ticked items. */
public class TaskEdit implements Serializable {

    private SupportLevel level;
    private OverrideReason reason;
    private String note;
    private List<String> ticked;

    public TaskEdit(VisitTask task) {
        this.level = task.getAppliedLevel();
        this.reason = task.getOverrideReason();
        this.note = task.getOverrideNote();
        this.ticked = new ArrayList<>(task.getTicked());
    }

    public SupportLevel getLevel() {
        return level;
    }

    public void setLevel(SupportLevel level) {
        this.level = level;
    }

    public OverrideReason getReason() {
        return reason;
    }

    public void setReason(OverrideReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getTicked() {
        return ticked;
    }

    public void setTicked(List<String> ticked) {
        this.ticked = ticked;
    }
}
