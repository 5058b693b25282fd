package fi.asiointipiste.visits.control;

import fi.asiointipiste.visits.entity.VisitTask;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a page keeps per task of the visit while the clerk works on it, by visit-task id: the unsaved choices of a
 * task's form, or the "why?" panel opened for it (so its explanation is decided again only once).
 *
 * @param <F> the per-task form or view
 */
public class TaskForms<F extends Serializable> implements Serializable {

    private final Map<Long, F> byTask = new HashMap<>();

    /** The task's form, made from the task the first time it is asked for. */
    public F of(VisitTask task, Function<VisitTask, F> create) {
        return byTask.computeIfAbsent(task.getId(), id -> create.apply(task));
    }

    /** The forms of all the tasks, by visit-task id; each made from its task when it is not there yet. */
    public Map<Long, F> ofAll(List<VisitTask> tasks, Function<VisitTask, F> create) {
        tasks.forEach(t -> of(t, create));
        return byTask;
    }

    /** The task's entry if there is one, else null. */
    public F shown(VisitTask task) {
        return byTask.get(task.getId());
    }

    /** Opens the task's entry, or closes it when it is open; a null from {@code create} opens nothing. */
    public void toggle(VisitTask task, Function<VisitTask, F> create) {
        if (byTask.remove(task.getId()) == null) {
            F made = create.apply(task);
            if (made != null) {
                byTask.put(task.getId(), made);
            }
        }
    }

    public void forget(VisitTask task) {
        byTask.remove(task.getId());
    }
}
