package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.control.TaskForms;
import fi.asiointipiste.visits.entity.TaskClosing;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The closing section of front-desk/visit.xhtml: an outcome per task (a follow-up date when it continues), notes
 * and a note for the parking lot; then the customer's printable summary.
 */
@Named
@ViewScoped
public class ClosingBacking implements Serializable {

    @Inject
    VisitBacking visit;

    @Inject
    Closing closing;

    private final TaskForms<TaskClosing> closings = new TaskForms<>();
    private String notes;
    private String parkingLotNote;

    public String close() {
        var outcomes = closings.ofAll(visit.getVisit().getTasks(), t -> new TaskClosing(t.getId()));
        visit.change((actor, id, version) -> closing.close(actor, id, version, outcomes, notes, parkingLotNote));
        Messages.info("frontDesk.close.done");
        Messages.keepForRedirect();
        return "/front-desk/summary?faces-redirect=true&id=" + visit.getId();
    }

    public TaskClosing closing(VisitTask task) {
        return closings.of(task, t -> new TaskClosing(t.getId()));
    }

    public TaskOutcome[] getOutcomes() {
        return TaskOutcome.values();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getParkingLotNote() {
        return parkingLotNote;
    }

    public void setParkingLotNote(String parkingLotNote) {
        this.parkingLotNote = parkingLotNote;
    }
}
