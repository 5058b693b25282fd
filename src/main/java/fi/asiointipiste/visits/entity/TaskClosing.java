package fi.asiointipiste.visits.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the clerk enters for one task when closing a visit: a mutable form row of the close form, checked by
 * {@link VisitTask#checkClosing} and applied by {@link Visit#close}.
 */
public class TaskClosing implements Serializable {

    private final long taskId;
    private TaskOutcome outcome = TaskOutcome.DONE;
    private LocalDate followUpOn;
    private boolean didItThemselves;

    public TaskClosing(long taskId) {
        this.taskId = taskId;
    }

    public TaskClosing(long taskId, TaskOutcome outcome, LocalDate followUpOn, boolean didItThemselves) {
        this(taskId);
        this.outcome = outcome;
        this.followUpOn = followUpOn;
        this.didItThemselves = didItThemselves;
    }

    public long getTaskId() {
        return taskId;
    }

    public TaskOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(TaskOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public boolean isDidItThemselves() {
        return didItThemselves;
    }

    public void setDidItThemselves(boolean didItThemselves) {
        this.didItThemselves = didItThemselves;
    }
}
