package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.control.TaskRouting;
import fi.asiointipiste.visits.control.VisitQueries;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * The errands (tasks) of a visit at the desk: add one with the engine's recommendation, see the ones planned in
 * the appointment, remove one, apply a level (overriding the recommendation with a reason) and tick the flow's
 * checklist.
 */
@ApplicationScoped
@Transactional
public class Errands {

    /** How far back the point's most frequent tasks are counted for the task search. */
    static final int FREQUENT_DAYS = 90;

    @Inject
    DeskAccess access;

    @Inject
    TaskRouting taskRouting;

    @Inject
    VisitQueries queries;

    @Inject
    Catalogue catalogue;

    @Inject
    ServiceClock clock;

    /** Adds a catalogue task and records the engine's recommendation for it, applied until the clerk overrides. */
    public VisitTask addTask(StaffUser actor, long visitId, long version, String taskCode) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        ServiceTask task =
                catalogue.task(taskCode).filter(ServiceTask::isActive).orElse(null);
        visit.checkCanAdd(task);
        return taskRouting.addRecommended(visit, task);
    }

    /** Errands planned in the visit's appointment that are not yet tasks of the visit. */
    public List<ServiceTask> plannedNotAdded(Visit visit) {
        return taskRouting.plannedNotAdded(visit);
    }

    public Visit removeTask(StaffUser actor, long visitId, long version, long taskId) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        visit.remove(visit.task(taskId));
        return visit;
    }

    /** Applies a level; one other than recommended needs a reason, and OTHER needs a note. */
    public VisitTask apply(
            StaffUser actor,
            long visitId,
            long version,
            long taskId,
            SupportLevel level,
            OverrideReason reason,
            String note) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        VisitTask task = visit.task(taskId);
        task.applyLevel(level, reason, note);
        return task;
    }

    public VisitTask tick(StaffUser actor, long visitId, long version, long taskId, Collection<String> items) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        VisitTask task = visit.task(taskId);
        task.tick(items);
        return task;
    }

    /** The point's tasks by how often they were handled there in the last 90 days, most frequent first. */
    public List<String> frequentTaskCodes(StaffUser actor, long pointId) {
        return queries.frequentTaskCodes(
                access.readablePoint(actor, pointId), clock.now().minusDays(FREQUENT_DAYS));
    }
}
