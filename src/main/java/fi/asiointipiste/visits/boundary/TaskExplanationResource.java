package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.boundary.DecisionTables;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.entity.RuleTable;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Why a visit task got its recommendation: decided again from the stored facts with the rule set that decided
 * then. No personal data: the facts are routing facts (profile, task, age, …), never a name or identity code.
 */
@Path("routing/visit-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR"})
@Tag(name = "Routing")
public class TaskExplanationResource {

    @Inject
    Routing routing;

    @Inject
    DecisionTables tables;

    @Inject
    SignedInStaff staff;

    @PersistenceContext
    EntityManager em;

    // ruleSetVersion is described on the type: Payara 6's OpenAPI scanner takes an annotated accessor whose name
    // contains
    // "set" for a setter.
    @Schema(
            name = "TaskExplanation",
            description = "Why a visit task got its recommendation",
            properties =
                    @SchemaProperty(
                            name = "ruleSetVersion",
                            description = "Version number of the rule set that decided"))
    public record Why(
            @Schema(description = "The visit task") long visitTaskId,
            int ruleSetVersion,
            @Schema(description = "The deciding rule") String ruleId,
            @Schema(description = "The recommended level") String recommendedLevel,
            @Schema(description = "The facts decided on") Map<String, Object> facts,
            @Schema(description = "The table's outputs") Map<String, Object> outputs,

            @Schema(description = "Rules that failed on one condition")
            List<String> nearMisses,

            @Schema(description = "A readable English report")
            String report) {}

    @GET
    @Path("{id}/explanation")
    @Operation(
            summary = "Why a visit task got its recommendation",
            description = "Decided again from the stored " + "facts with the rule set that decided then.")
    public Why explain(@PathParam("id") long id) {
        VisitTask task = em.find(VisitTask.class, id);
        if (task == null || task.getRuleSetId() == null) {
            throw new NotFoundException();
        }
        ServicePoint point = task.getVisit().getServicePoint();
        boolean mayRead =
                staff.has(Role.COORDINATOR) || staff.getServicePoints().contains(point);
        if (!mayRead) {
            throw new ForbiddenException();
        }
        RuleTable set = tables.byId(task.getRuleSetId()).orElseThrow(NotFoundException::new);
        Explanation why = routing.explain(set, task.getDecisionFacts());
        return new Why(
                id,
                set.versionNo(),
                task.getRuleId(),
                task.getRecommendedLevel().name(),
                why.facts(),
                why.decision().outputs(),
                why.nearMisses().stream().map(Explanation.NearMiss::sentence).toList(),
                why.toText());
    }
}
