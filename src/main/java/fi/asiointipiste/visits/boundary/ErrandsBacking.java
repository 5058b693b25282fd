package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.control.TaskEdit;
import fi.asiointipiste.visits.control.TaskForms;
import fi.asiointipiste.visits.control.TaskSearch;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The tasks section of front-desk/visit.xhtml: add a task by searching as you type, the errands planned in the
 * appointment, the level applied to each task (an override with a reason), the flow's checklist, and removing a
 * task. A recommendation's "why?" is {@link ExplanationsBacking}.
 */
@Named
@ViewScoped
public class ErrandsBacking implements Serializable {

    @Inject
    VisitBacking visit;

    @Inject
    Errands errands;

    @Inject
    Catalogue catalogue;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    private String taskToAdd;
    private final TaskForms<TaskEdit> edits = new TaskForms<>();

    /** Search as you type: the point's most frequent tasks first, then the rest, filtered by name or code. */
    public List<String> completeTask(String typed) {
        return TaskSearch.matching(
                catalogue.tasks(),
                errands.frequentTaskCodes(
                        staff.actor(), visit.getVisit().getServicePoint().getId()),
                typed,
                this::taskName);
    }

    public String taskLabel(String code) {
        return catalogue.task(code).map(this::taskName).orElse(code);
    }

    private String taskName(ServiceTask t) {
        return t.getName().in(locale.getLocale());
    }

    /** Errands planned in the appointment that are not tasks yet (they join when the profile is chosen). */
    public List<ServiceTask> getPlanned() {
        return visit.getVisit() == null ? List.of() : errands.plannedNotAdded(visit.getVisit());
    }

    public void addTask() {
        if (taskToAdd == null || taskToAdd.isBlank()) {
            throw new RefusedAction("frontDesk.task.unknown");
        }
        visit.change((actor, id, version) -> errands.addTask(actor, id, version, taskToAdd));
        taskToAdd = null;
    }

    public void removeTask(VisitTask task) {
        visit.change((actor, id, version) -> errands.removeTask(actor, id, version, task.getId()));
        edits.forget(task);
    }

    public void apply(VisitTask task) {
        TaskEdit edit = edit(task);
        visit.change((actor, id, version) ->
                errands.apply(actor, id, version, task.getId(), edit.getLevel(), edit.getReason(), edit.getNote()));
    }

    public void tick(VisitTask task) {
        visit.change((actor, id, version) ->
                errands.tick(actor, id, version, task.getId(), edit(task).getTicked()));
    }

    public TaskEdit edit(VisitTask task) {
        return edits.of(task, TaskEdit::new);
    }

    public SupportLevel[] getLevels() {
        return SupportLevel.values();
    }

    public OverrideReason[] getReasons() {
        return OverrideReason.values();
    }

    public String getTaskToAdd() {
        return taskToAdd;
    }

    public void setTaskToAdd(String taskToAdd) {
        this.taskToAdd = taskToAdd;
    }
}
