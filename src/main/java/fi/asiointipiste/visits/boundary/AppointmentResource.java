package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.persistence.PendingChanges;
import fi.asiointipiste.platform.rest.EntityTags;
import fi.asiointipiste.platform.rest.InvalidRequest;
import fi.asiointipiste.platform.rest.Params;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Appointments for a booking service: list a point's bookings and book one, with the rules of {@link Appointments}
 * (no time in the past, no more overlapping bookings than the point has desks, one booking at a time per customer).
 * The check-in is {@code POST /api/visits} with the appointment's id.
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR"})
@Tag(name = "Appointments", description = "Booked times at the service points")
public class AppointmentResource {

    /** The longest period one list covers. */
    static final int MAX_DAYS = 92;

    @Inject
    SignedInStaff staff;

    @Inject
    Appointments appointments;

    @Inject
    ServiceClock clock;

    @Inject
    PendingChanges pending;

    @Schema(name = "NewAppointment", description = "A booking: day, start, length and planned errands")
    public record NewAppointment(
            @NotNull @Schema(description = "The service point", required = true)
            Long servicePointId,

            @Schema(description = "The day, yyyy-MM-dd", required = true)
            LocalDate day,

            @Schema(description = "The start, HH:mm", required = true)
            LocalTime start,

            @Schema(description = "Length in minutes, 1 to 240", required = true)
            Integer minutes,

            @Schema(description = "Catalogue codes of the planned errands, at least one", required = true)
            List<String> taskCodes,

            @Schema(description = "A known customer's id, if any")
            Long customerId,

            @Schema(description = "A short note that does not identify the customer", maxLength = 200)
            String note,

            @Schema(description = "Code of an agency whose specialist takes part")
            String agency,

            @Schema(description = "An interpreter is needed")
            boolean interpreter) {}

    @GET
    @Operation(
            summary = "A point's appointments",
            description = "Those starting on the days from–until (both "
                    + "included, at most 92 days; today by default), earliest first, cancelled ones too.")
    @APIResponse(
            responseCode = "200",
            description = "The appointments",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class, type = SchemaType.ARRAY)))
    public List<AppointmentJson> list(
            @Parameter(description = "Service point id", required = true) @QueryParam("point") String point,
            @Parameter(description = "First day yyyy-MM-dd; today by default") @QueryParam("from") String from,
            @Parameter(description = "Last day yyyy-MM-dd; the first day by default") @QueryParam("until")
                    String until) {
        long pointId = Params.id(point, "point");
        LocalDate first = from == null || from.isBlank() ? clock.today() : Params.date(from, "from");
        LocalDate last = until == null || until.isBlank() ? first : Params.date(until, "until");
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw InvalidRequest.of("api.param.period", "until");
        }
        return appointments.between(staff.actor(), pointId, first, last).stream()
                .map(AppointmentJson::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One appointment")
    @APIResponse(
            responseCode = "200",
            description = "The appointment",
            headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    public Response one(@PathParam("id") long id) {
        AppointmentJson a = AppointmentJson.of(appointments.appointment(staff.actor(), id));
        return Response.ok(a).tag(EntityTags.of(a.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CLERK")
    @Transactional
    @Operation(
            summary = "Book an appointment",
            description =
                    "Send an Idempotency-Key: a retry gives the first " + "answer again instead of a second booking.")
    @APIResponse(
            responseCode = "201",
            description = "The appointment",
            headers = {
                @Header(name = "Location", description = "Its address"),
                @Header(name = "ETag", description = "Its version")
            },
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    public Response book(NewAppointment r, @Context UriInfo uri) {
        Booking booking = new Booking(
                        r.day(), r.start(), r.minutes(), r.taskCodes() == null ? List.of() : r.taskCodes())
                .withCustomer(r.customerId())
                .withNote(r.note())
                .withSpecialist(r.agency(), r.interpreter());
        Appointment a = pending.written(appointments.book(staff.actor(), r.servicePointId(), booking));
        AppointmentJson created = AppointmentJson.of(a);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(created)
                .build();
    }
}
