package fi.asiointipiste.visits.control;

import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Recommendation;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.boundary.RoutingFailed;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Adds tasks to a visit with the engine's recommendation: the facts of the visit and the task go to routing, and
 * the task keeps the level, agency, mode, flow, rule set, rule and facts, so the decision can be explained later.
 * Also brings the errands planned in the visit's appointment in, once the visit has a profile.
 */
@ApplicationScoped
public class TaskRouting {

    /** How far back the customer's earlier visits count as a routing fact. */
    static final int RECENT_DAYS = 90;

    @Inject
    Routing routing;

    @Inject
    VisitQueries queries;

    @Inject
    ServiceClock clock;

    /** Adds the task with its recommendation, applied until the clerk overrides; refused when none can be made. */
    public VisitTask addRecommended(Visit visit, ServiceTask task) {
        RoutingFacts facts = VisitFacts.of(visit, task, clock.today(), visitsLast90Days(visit));
        Recommendation r;
        try {
            r = routing.recommend(visit.getServicePoint().getId(), clock.now(), facts);
        } catch (RoutingFailed failed) {
            throw new RefusedAction("frontDesk.task.noRecommendation");
        }
        VisitTask added = visit.add(task);
        added.recommend(
                r.level(),
                queries.agency(r.agencyCode()).orElse(null),
                r.mode(),
                r.flow(),
                r.ruleSetId(),
                r.ruleId(),
                facts.toText());
        return added;
    }

    /**
     * The errands planned in the visit's appointment join the visit, each with its recommendation, once the visit
     * has a profile (the engine needs it). One the engine cannot route stays planned for the clerk to add.
     */
    public void addPlanned(Visit visit) {
        if (visit.getProfile() == null) {
            return;
        }
        for (ServiceTask planned : plannedNotAdded(visit)) {
            try {
                addRecommended(visit, planned);
            } catch (RefusedAction noRecommendation) {
                // stays in the planned list on the page
            }
        }
    }

    /** Errands planned in the visit's appointment that are not yet tasks of the visit. */
    public List<ServiceTask> plannedNotAdded(Visit visit) {
        return queries.plannedFor(visit).stream().filter(t -> !visit.has(t)).toList();
    }

    private Integer visitsLast90Days(Visit visit) {
        if (visit.getCustomer() == null) {
            return null;
        }
        long count = queries.visitsSince(visit.getCustomer(), clock.now().minusDays(RECENT_DAYS));
        return (int) Math.max(0, count - 1);
    }
}
