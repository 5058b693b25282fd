package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.platform.rest.InvalidRequest;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The support-level engine as a service: facts in, the recommendation and why out, with the rule set that applies to
 * the point at the moment. Nothing is stored (a booking service asks before the customer comes; the desk's own
 * decisions are recorded with each visit task).
 */
@Path("routing/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR"})
@Tag(name = "Routing", description = "Support-level recommendations")
public class RoutingResource {

    @Inject
    Routing routing;

    @Inject
    DecisionTables tables;

    @Inject
    ServiceClock clock;

    @Schema(name = "DecisionRequest", description = "The facts of one errand of one customer at a service point")
    public record DecisionRequest(
            @NotNull @Schema(description = "The service point (its rule set decides)", required = true)
            Long servicePointId,

            @Schema(description = "The moment to decide for; now by default")
            LocalDateTime at,

            @NotNull
            @Schema(
                    description = "The facts by the rule set's input names: profile, task, taskAgency, "
                            + "strongEid, language, age, firstVisit, needsInterpreter, visitsLast90Days (text, number, "
                            + "true/false or null)",
                    required = true,
                    example =
                            "{\"profile\": \"MULTI_UNSKILLED\", "
                                    + "\"task\": \"HOUSING_ALLOWANCE\", \"taskAgency\": \"KELA\", \"strongEid\": false, \"language\": "
                                    + "\"fi\", \"age\": 67, \"firstVisit\": true, \"needsInterpreter\": false, \"visitsLast90Days\": 0}")
            Map<String, Object> facts) {}

    // ruleSetId and ruleSetVersion are described on the type: Payara 6's OpenAPI scanner takes an annotated accessor
    // whose name contains "set" for a setter and fails on it.
    @Schema(
            name = "Decision",
            description = "The recommendation and its explanation",
            properties = {
                @SchemaProperty(name = "ruleSetId", description = "Id of the rule set that decided"),
                @SchemaProperty(name = "ruleSetVersion", description = "Version number of that rule set")
            })
    public record DecisionJson(
            @Schema(description = "The recommended support level")
            SupportLevel level,

            @Schema(description = "Code of the agency whose staff take part, or null")
            String agency,

            @Schema(description = "The assistance mode") String mode,
            @Schema(description = "The service flow") String flow,

            @Schema(description = "The rule's rationale (English, as the rule set says it)")
            String rationale,

            long ruleSetId,
            int ruleSetVersion,
            @Schema(description = "The rule that decided") String ruleId,

            @Schema(description = "The facts as the engine read them")
            Map<String, Object> facts,

            @Schema(description = "Why: the rules and the near misses")
            Why explanation) {}

    @Schema(name = "DecisionExplanation", description = "Why the decision came out as it did")
    public record Why(
            @Schema(description = "The rules selected by the table's hit policy")
            List<String> selectedRules,

            @Schema(description = "Rules that failed on exactly one condition, as sentences")
            List<String> nearMisses,

            @Schema(description = "A readable English report of every rule and condition")
            String report) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide a support level",
            description = "Nothing is stored. 422 when no rule set applies to "
                    + "the point, no rule matches or a fact has a value the rule set does not allow.")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "422", description = "No decision could be made (the reason in problems)")
    public DecisionJson decide(DecisionRequest request) {
        LocalDateTime at = request.at() == null ? clock.now() : request.at();
        RoutingFacts facts = RoutingFacts.of(request.facts());
        try {
            RuleTable set = tables.applicableTo(request.servicePointId(), at)
                    .orElseThrow(() -> new RoutingFailed(
                            "NO_RULE_SET",
                            "no published rule set applies to point " + request.servicePointId() + " at " + at));
            Recommendation r = routing.recommend(set, facts);
            Explanation why = routing.explain(set, facts.toText());
            return new DecisionJson(
                    r.level(),
                    r.agencyCode(),
                    r.mode(),
                    r.flow(),
                    r.rationale(),
                    r.ruleSetId(),
                    r.ruleSetVersion(),
                    r.ruleId(),
                    new LinkedHashMap<>(why.facts()),
                    new Why(
                            why.decision().matchedRuleIds(),
                            why.nearMisses().stream()
                                    .map(Explanation.NearMiss::sentence)
                                    .toList(),
                            why.toText()));
        } catch (RoutingFailed failed) {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("reason", failed.code());
            reason.put("message", failed.getMessage());
            throw new InvalidRequest(422, "routing.api.noDecision", reason);
        }
    }
}
