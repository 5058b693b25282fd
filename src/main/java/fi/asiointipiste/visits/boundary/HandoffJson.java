package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.HandoffMode;
import fi.asiointipiste.visits.entity.HandoffStatus;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hand-off as the API shows it. */
@Schema(
        name = "Handoff",
        description =
                "A request from the desk for an agency specialist to join one errand of a "
                        + "visit: REQUESTED → ACCEPTED → JOINED → COMPLETED, or CANCELLED by the desk. Its ETag is its version.")
public record HandoffJson(
        @Schema(description = "The hand-off's id") long id,
        @Schema(description = "The visit's id") long visitId,
        @Schema(description = "The visit task's id") long taskId,

        @Schema(description = "Id of the visit's service point")
        long servicePointId,

        @Schema(description = "Code of the agency asked, e.g. KELA")
        String agency,

        @Schema(description = "On site or by remote video") HandoffMode mode,
        @Schema(description = "Where the request is") HandoffStatus status,
        @Schema(description = "When it was requested") LocalDateTime requestedAt,

        @Schema(description = "Username of the clerk who asked")
        String requestedBy,

        @Schema(description = "The booked time, if any") LocalDateTime slotAt,
        @Schema(description = "Room or remote device") String roomOrDevice,
        @Schema(description = "An interpreter is booked") boolean interpreterBooked,

        @Schema(description = "The clerk stays in a remote meeting (the customer consented)")
        boolean clerkStays,

        @Schema(description = "Username of the specialist who accepted")
        String specialist,

        @Schema(description = "When the specialist accepted")
        LocalDateTime acceptedAt,

        @Schema(description = "When the specialist joined") LocalDateTime joinedAt,
        @Schema(description = "When it was completed") LocalDateTime completedAt,

        @Schema(description = "The specialist's outcome text")
        String outcome,

        @Schema(description = "When the desk cancelled it") LocalDateTime cancelledAt,
        @Schema(description = "Why the desk cancelled it") String cancelReason,

        @Schema(description = "The version; the same as the ETag")
        long version) {

    static HandoffJson of(Handoff h) {
        return new HandoffJson(
                h.getId(),
                h.getVisitTask().getVisit().getId(),
                h.getVisitTask().getId(),
                h.getServicePointId(),
                h.getAgency().getCode(),
                h.getMode(),
                h.getStatus(),
                h.getRequestedAt(),
                h.getRequestedBy(),
                h.getSlotAt(),
                h.getRoomOrDevice(),
                h.isInterpreterBooked(),
                h.isClerkStayed(),
                h.getSpecialist() == null ? null : h.getSpecialist().getUsername(),
                h.getAcceptedAt(),
                h.getJoinedAt(),
                h.getCompletedAt(),
                h.getOutcome(),
                h.getCancelledAt(),
                h.getCancelReason(),
                h.getVersion());
    }
}
