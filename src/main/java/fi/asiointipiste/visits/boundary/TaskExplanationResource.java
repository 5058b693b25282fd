package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.routing.boundary.DecisionTables;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Why a visit task got its recommendation: decided again from the stored facts with the rule set that decided
 * then. No personal data: the facts are routing facts (profile, task, age, …), never a name or identity code.
 */
@Path("routing/visit-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR"})
public class TaskExplanationResource {

    @Inject
    Routing routing;

    @Inject
    DecisionTables tables;

    @Inject
    SignedInStaff staff;

    @PersistenceContext
    EntityManager em;

    public record Why(long visitTaskId, int ruleSetVersion, String ruleId, String recommendedLevel,
                      Map<String, Object> facts, Map<String, Object> outputs, List<String> nearMisses, String report) {
    }

    @GET
    @Path("{id}/explanation")
    public Why explain(@PathParam("id") long id) {
        VisitTask task = em.find(VisitTask.class, id);
        if (task == null || task.getRuleSetId() == null) {
            throw new NotFoundException();
        }
        ServicePoint point = task.getVisit().getServicePoint();
        boolean mayRead = staff.has(Role.COORDINATOR) || staff.getServicePoints().contains(point);
        if (!mayRead) {
            throw new ForbiddenException();
        }
        RuleTable set = tables.byId(task.getRuleSetId()).orElseThrow(NotFoundException::new);
        Explanation why = routing.explain(set, task.getDecisionFacts());
        return new Why(id, set.versionNo(), task.getRuleId(), task.getRecommendedLevel().name(),
                why.facts(), why.decision().outputs(),
                why.nearMisses().stream().map(Explanation.NearMiss::sentence).toList(), why.toText());
    }
}
