package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.AppointmentStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment as the API shows it; a known customer only as whether there is one. */
@Schema(
        name = "Appointment",
        description = "A booked time at a service point with the planned errands. Its ETag is " + "its version.")
public record AppointmentJson(
        @Schema(description = "The appointment's id") long id,
        @Schema(description = "Id of the service point") long servicePointId,

        @Schema(description = "When it starts (Finnish time)")
        LocalDateTime startsAt,

        @Schema(description = "When it ends") LocalDateTime endsAt,
        @Schema(description = "Length in minutes") long minutes,

        @Schema(description = "BOOKED → ARRIVED (checked in) or NO_SHOW, or CANCELLED")
        AppointmentStatus status,

        @Schema(description = "Catalogue codes of the planned errands")
        List<String> taskCodes,

        @Schema(description = "Whether a known customer is booked (who is never shown here)")
        boolean identified,

        @Schema(description = "A short note that does not identify the customer")
        String note,

        @Schema(description = "Code of the agency whose specialist takes part, if any")
        String agency,

        @Schema(description = "An interpreter is needed") boolean interpreter,

        @Schema(description = "The visit it started (checked in) or recorded (no-show)")
        Long visitId,

        @Schema(description = "Username of the clerk who booked it")
        String bookedBy,

        @Schema(description = "When it was booked") LocalDateTime bookedAt,

        @Schema(description = "The version; the same as the ETag")
        long version) {

    static AppointmentJson of(Appointment a) {
        return new AppointmentJson(
                a.getId(),
                a.getServicePoint().getId(),
                a.getStartsAt(),
                a.getEndsAt(),
                a.getDurationMinutes(),
                a.getStatus(),
                a.getTasks().stream().map(ServiceTask::getCode).toList(),
                a.getCustomer() != null,
                a.getNote(),
                a.getSpecialistAgency() == null ? null : a.getSpecialistAgency().getCode(),
                a.isNeedsInterpreter(),
                a.getVisit() == null ? null : a.getVisit().getId(),
                a.getBookedBy(),
                a.getBookedAt(),
                a.getVersion());
    }
}
