package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A visit as the API shows it. No personal data: whether the customer was identified, never who; the profile says
 * how they were served, not who they are.
 */
@Schema(
        name = "Visit",
        description = "A customer's visit to a service point, from arrival to the end of service. "
                + "Its ETag is its version; every change of the visit or its tasks raises it.")
public record VisitJson(
        @Schema(description = "The visit's id") long id,

        @Schema(description = "Id of the service point (GET /api/service-points)")
        long servicePointId,

        @Schema(description = "Code of the service point, e.g. PIELAVESI")
        String servicePoint,

        @Schema(description = "How the customer came: walk-in, appointment or remote")
        Channel channel,

        @Schema(description = "WAITING → IN_SERVICE → DONE, or WAITING → NO_SHOW")
        VisitStatus status,

        @Schema(description = "When the customer arrived (Finnish time)")
        LocalDateTime arrivedAt,

        @Schema(description = "When service started") LocalDateTime startedAt,

        @Schema(description = "When the visit ended (closed or no-show)")
        LocalDateTime endedAt,

        @Schema(description = "Username of the clerk who served the customer")
        String clerk,

        @Schema(description = "Whether the customer was identified (who is never shown here)")
        boolean identified,

        @Schema(description = "Code of the customer profile the customer is served with, e.g. SELF_DIRECTED")
        String profile,

        @Schema(description = "The intake answers the routing facts are read from")
        Intake intake,

        @Schema(description = "The clerk's notes, written when closing", maxLength = 2000)
        String notes,

        @Schema(description = "The errands of the visit, in the order added")
        List<TaskJson> tasks,

        @Schema(description = "Minutes from arrival to the start of service")
        Long waitingMinutes,

        @Schema(description = "Minutes from the start to the end of service")
        Long handlingMinutes,

        @Schema(description = "The version; the same as the ETag")
        long version) {

    /** The intake answers; null where the customer was not asked. */
    @Schema(name = "Intake", description = "Intake answers; null where the customer was not asked")
    public record Intake(
            @Schema(description = "Has strong electronic identification")
            Boolean strongEid,

            @Schema(description = "Uses online services") Boolean usesOnlineServices,

            @Schema(
                    description = "Service language: fi, sv, en or other",
                    enumeration = {"fi", "sv", "en", "other"})
            String language,

            @Schema(description = "Needs an interpreter") Boolean needsInterpreter,

            @Schema(description = "First visit to a service point")
            Boolean firstVisit) {}

    static VisitJson of(Visit v) {
        return new VisitJson(
                v.getId(),
                v.getServicePoint().getId(),
                v.getServicePoint().getCode(),
                v.getChannel(),
                v.getStatus(),
                v.getArrivedAt(),
                v.getStartedAt(),
                v.getEndedAt(),
                v.getClerk() == null ? null : v.getClerk().getUsername(),
                !v.isAnonymous(),
                v.getProfile() == null ? null : v.getProfile().getCode(),
                new Intake(
                        v.getStrongEid(),
                        v.getUsesOnlineServices(),
                        v.getLanguage(),
                        v.getNeedsInterpreter(),
                        v.getFirstVisit()),
                v.getNotes(),
                v.getTasks().stream().map(TaskJson::of).toList(),
                v.getWaitingMinutes(),
                v.getHandlingMinutes(),
                v.getVersion());
    }
}
