package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.VisitTask;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A visit's errand as the API shows it: the engine's recommendation, what the clerk applied, how it ended. (ruleSetId is
 * described on the type: Payara 6's OpenAPI scanner takes an annotated accessor whose name contains "set" for a setter.)
 */
@Schema(
        name = "VisitTask",
        description =
                "An errand (task) of a visit: the routing engine's recommendation with the "
                        + "rule that decided it, the level the clerk applied (with the reason when it differs) and the outcome.",
        properties =
                @SchemaProperty(
                        name = "ruleSetId",
                        description = "Id of the rule set that made the " + "recommendation"))
public record TaskJson(
        @Schema(description = "The visit task's id (path /api/visits/{visitId}/tasks/{id})")
        long id,

        @Schema(description = "The visit's id") long visitId,

        @Schema(description = "Catalogue code of the errand, e.g. HOUSING_ALLOWANCE")
        String taskCode,

        @Schema(description = "Position in the visit, 1 for the first errand added")
        int seqNo,

        @Schema(description = "Support level the routing engine recommended")
        SupportLevel recommendedLevel,

        @Schema(description = "Support level the clerk applied; the recommended one until changed")
        SupportLevel appliedLevel,

        @Schema(description = "Whether the applied level differs from the recommended one")
        boolean overridden,

        @Schema(description = "Why the clerk applied another level (only when overridden)")
        OverrideReason overrideReason,

        @Schema(description = "The clerk's note on the override (required for the reason OTHER)", maxLength = 1000)
        String overrideNote,

        @Schema(description = "Code of the agency whose staff take part, if any (e.g. KELA)")
        String agency,

        @Schema(description = "Assistance mode the engine recommended (e.g. ON_SITE, REMOTE)")
        String mode,

        @Schema(description = "The service flow to follow, as the rule set names it")
        String flow,

        Long ruleSetId,

        @Schema(description = "Id of the rule that made the recommendation")
        String ruleId,

        @Schema(description = "How the errand ended; set when the visit is closed")
        TaskOutcome outcome,

        @Schema(description = "Follow-up date of an errand that continues")
        LocalDate followUpOn,

        @Schema(description = "Whether the customer did the errand themselves (self-service)")
        Boolean customerDidItThemselves,

        @Schema(description = "Checklist items of the service description the clerk ticked")
        List<String> ticked) {

    static TaskJson of(VisitTask t) {
        return new TaskJson(
                t.getId(),
                t.getVisit().getId(),
                t.getTask().getCode(),
                t.getSeqNo(),
                t.getRecommendedLevel(),
                t.getAppliedLevel(),
                t.isOverridden(),
                t.getOverrideReason(),
                t.getOverrideNote(),
                t.getInvolvedAgency() == null ? null : t.getInvolvedAgency().getCode(),
                t.getMode(),
                t.getFlow(),
                t.getRuleSetId(),
                t.getRuleId(),
                t.getOutcome(),
                t.getFollowUpOn(),
                t.getCustomerDidItThemselves(),
                t.getTicked());
    }
}
