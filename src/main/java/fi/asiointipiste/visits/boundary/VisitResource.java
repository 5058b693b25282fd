package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.persistence.PendingChanges;
import fi.asiointipiste.platform.rest.EntityTags;
import fi.asiointipiste.platform.rest.InvalidRequest;
import fi.asiointipiste.platform.rest.JsonBodies;
import fi.asiointipiste.platform.rest.Params;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.TaskClosing;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Visits for other systems: a ticket machine checks walk-ins in, a booking service checks appointments in, a desk
 * system follows the queue and records errands, level decisions and closings. Each call is the front desk's own
 * action through its facades ({@link Queue}, {@link Appointments}, {@link Intake}, {@link Errands}, {@link Closing}),
 * with the same rules, refusals and audit; a change names the version it saw ({@code If-Match}).
 */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CLERK", "SUPERVISOR"})
@Tag(name = "Visits", description = "Visits, their errands and closing")
public class VisitResource {

    static final String ETAG_HEADER = "The visit's version; send it as If-Match to change the visit";

    @Inject
    SignedInStaff staff;

    @Inject
    Visits visits;

    @Inject
    Queue queue;

    @Inject
    Appointments appointments;

    @Inject
    Intake intake;

    @Inject
    Errands errands;

    @Inject
    Closing closing;

    @Inject
    ServiceClock clock;

    @Inject
    PendingChanges pending;

    @Schema(
            name = "NewVisit",
            description = "A walk-in (servicePointId, optionally serveNow) or the check-in of a "
                    + "booked appointment (appointmentId): exactly one of the two.")
    public record NewVisit(
            @Schema(description = "Walk-in: the service point the customer came to")
            Long servicePointId,

            @Schema(description = "Walk-in: the clerk serves the customer at once (IN_SERVICE) instead of queueing")
            boolean serveNow,

            @Schema(
                    description = "Check-in: the booked appointment of today the customer arrived for; the visit "
                            + "starts in service with its planned errands")
            Long appointmentId) {}

    @Schema(
            name = "VisitChanges",
            description = "A JSON merge patch (RFC 7396) of the visit: only the members sent "
                    + "change; null clears an intake answer. The status moves WAITING → IN_SERVICE (the clerk calls the "
                    + "customer) or WAITING → NO_SHOW; DONE is reached by POST /api/visits/{id}/close.")
    public record VisitChanges(
            @Schema(
                    description = "IN_SERVICE (call the customer) or NO_SHOW",
                    enumeration = {"IN_SERVICE", "NO_SHOW"})
            Optional<VisitStatus> status,

            @Schema(
                    description = "Code of the customer profile to serve the customer with (GET "
                            + "/api/catalogue/profiles); adds the appointment's planned errands")
            Optional<String> profile,

            @Schema(description = "Intake: has strong electronic identification")
            Optional<Boolean> strongEid,

            @Schema(description = "Intake: uses online services")
            Optional<Boolean> usesOnlineServices,

            @Schema(
                    description = "Intake: service language",
                    enumeration = {"fi", "sv", "en", "other"})
            Optional<String> language,

            @Schema(description = "Intake: needs an interpreter")
            Optional<Boolean> needsInterpreter,

            @Schema(description = "Intake: first visit to a service point")
            Optional<Boolean> firstVisit) {}

    @Schema(name = "NewTask", description = "An errand to add; the routing engine's recommendation is applied")
    public record NewTask(
            @NotNull @Schema(description = "Catalogue code of the errand (GET /api/catalogue/tasks)", required = true)
            String taskCode) {}

    @Schema(
            name = "TaskChanges",
            description = "A JSON merge patch of a visit task: apply a level (one other than "
                    + "recommended needs a reason; the reason OTHER needs a note) and tick checklist items.")
    public record TaskChanges(
            @Schema(description = "The support level to apply")
            Optional<SupportLevel> appliedLevel,

            @Schema(description = "Why another level than recommended")
            Optional<OverrideReason> overrideReason,

            @Schema(description = "Note on the override", maxLength = 1000)
            Optional<String> overrideNote,

            @Schema(description = "The checklist items ticked (replaces the list)")
            Optional<List<String>> ticked) {}

    @Schema(name = "Closing", description = "The end of service: an outcome for every task of the visit")
    public record ClosingRequest(
            @Schema(description = "One outcome per task of the visit", required = true)
            List<Outcome> outcomes,

            @Schema(description = "The clerk's notes on the visit", maxLength = 2000)
            String notes,

            @Schema(
                    description = "A note for the supervisors' parking lot (an idea or a problem to follow up)",
                    maxLength = 2000)
            String parkingLotNote) {}

    @Schema(name = "ClosingOutcome", description = "How one task ended")
    public record Outcome(
            @NotNull @Schema(description = "The visit task's id", required = true)
            Long taskId,

            @NotNull @Schema(description = "How the errand ended", required = true)
            TaskOutcome outcome,

            @Schema(description = "Follow-up date, after today; required when the outcome is CONTINUES")
            LocalDate followUpOn,

            @Schema(description = "The customer did it themselves")
            boolean didItThemselves) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CLERK")
    @Transactional
    @Operation(
            summary = "Check a customer in",
            description = "A walk-in joins the queue of the point (or is served "
                    + "at once), or an appointment of today is checked in. Send an Idempotency-Key: a retry with the same key "
                    + "and body gives the first answer again instead of a second visit.")
    @APIResponse(
            responseCode = "201",
            description = "The visit",
            headers = {
                @Header(name = "Location", description = "The visit's address"),
                @Header(name = "ETag", description = ETAG_HEADER)
            },
            content = @Content(schema = @Schema(implementation = VisitJson.class)))
    public Response create(NewVisit request, @Context UriInfo uri) {
        StaffUser actor = staff.actor();
        if ((request.servicePointId() == null) == (request.appointmentId() == null)) {
            throw new InvalidRequest(400, "api.visits.pointOrAppointment", Map.of("field", "servicePointId"));
        }
        Visit visit;
        if (request.appointmentId() != null) {
            long version =
                    appointments.appointment(actor, request.appointmentId()).getVersion();
            visit = appointments.checkIn(actor, request.appointmentId(), version);
        } else {
            visit = queue.walkIn(actor, request.servicePointId(), request.serveNow());
        }
        VisitJson created = VisitJson.of(pending.written(visit));
        return Response.created(uri.getBaseUriBuilder()
                        .path("visits")
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            summary = "The visits of a service point on a day",
            description = "Oldest first, at most 2,000; only " + "points the caller works at.")
    @APIResponse(
            responseCode = "200",
            description = "The visits",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = VisitJson.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public List<VisitJson> list(
            @Parameter(description = "Service point id", required = true) @QueryParam("point") String point,
            @Parameter(description = "Day yyyy-MM-dd; today by default") @QueryParam("day") String day,
            @Parameter(description = "Only visits in these statuses, comma-separated (e.g. WAITING,IN_SERVICE)")
                    @QueryParam("status")
                    String status) {
        long pointId = Params.id(point, "point");
        LocalDate date = day == null || day.isBlank() ? clock.today() : Params.date(day, "day");
        Set<VisitStatus> statuses = Params.names(status, VisitStatus.class, "status");
        return visits.ofDay(staff.actor(), pointId, date, statuses).stream()
                .map(VisitJson::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One visit with its errands")
    @APIResponse(
            responseCode = "200",
            description = "The visit",
            headers = @Header(name = "ETag", description = ETAG_HEADER),
            content = @Content(schema = @Schema(implementation = VisitJson.class)))
    @APIResponse(responseCode = "404", description = "No such visit at the caller's points")
    public Response one(@PathParam("id") long id) {
        VisitJson visit = VisitJson.of(visits.visit(staff.actor(), id));
        return Response.ok(visit).tag(EntityTags.of(visit.version())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({JsonBodies.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed("CLERK")
    @Transactional
    @Operation(
            summary = "Change a visit",
            description = "Call the customer (status IN_SERVICE), mark a no-show "
                    + "(NO_SHOW), choose the profile, record intake answers; all in one step or none. Needs If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The changed visit",
            headers = @Header(name = "ETag", description = ETAG_HEADER),
            content = @Content(schema = @Schema(implementation = VisitJson.class)))
    @APIResponse(responseCode = "412", description = "The visit changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response change(
            @PathParam("id") long id,
            @Parameter(description = "The ETag the change is based on", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            VisitChanges changes) {
        StaffUser actor = staff.actor();
        long version =
                EntityTags.required(ifMatch, () -> visits.visit(actor, id).getVersion());
        Visit visit = null;
        if (changes.status() != null) {
            VisitStatus next = changes.status().orElseThrow(() -> InvalidRequest.of("api.visits.status", "status"));
            visit = switch (next) {
                case IN_SERVICE -> queue.call(actor, id, version);
                case NO_SHOW -> queue.noShow(actor, id, version);
                default -> throw InvalidRequest.of("api.visits.status", "status");
            };
        }
        if (changes.profile() != null) {
            String code =
                    changes.profile().orElseThrow(() -> InvalidRequest.of("frontDesk.profile.unknown", "profile"));
            visit = intake.profile(actor, id, versionOf(visit, version), code);
        }
        if (Arrays.asList(
                        changes.strongEid(),
                        changes.usesOnlineServices(),
                        changes.language(),
                        changes.needsInterpreter(),
                        changes.firstVisit())
                .stream()
                .anyMatch(c -> c != null)) {
            Visit now = visit == null ? visits.visit(actor, id) : visit;
            visit = intake.intake(
                    actor,
                    id,
                    versionOf(visit, version),
                    merged(changes.strongEid(), now.getStrongEid()),
                    merged(changes.usesOnlineServices(), now.getUsesOnlineServices()),
                    merged(changes.language(), now.getLanguage()),
                    merged(changes.needsInterpreter(), now.getNeedsInterpreter()),
                    merged(changes.firstVisit(), now.getFirstVisit()));
        }
        if (visit == null) {
            throw new InvalidRequest(400, "api.body.empty", Map.of());
        }
        return withTag(VisitJson.of(pending.written(visit)));
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CLERK")
    @Transactional
    @Operation(
            summary = "Add an errand",
            description = "The routing engine's recommendation for the errand is "
                    + "recorded and applied. The visit must be in service and have a profile. If-Match is optional.")
    @APIResponse(
            responseCode = "201",
            description = "The errand",
            headers = {
                @Header(name = "Location", description = "The errand's address"),
                @Header(name = "ETag", description = "The visit's new version")
            },
            content = @Content(schema = @Schema(implementation = TaskJson.class)))
    public Response addTask(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, NewTask request, @Context UriInfo uri) {
        StaffUser actor = staff.actor();
        VisitTask task = errands.addTask(actor, id, currentOr(actor, id, ifMatch), request.taskCode());
        pending.written(task);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(task.getId()))
                        .build())
                .tag(EntityTags.of(task.getVisit().getVersion()))
                .entity(TaskJson.of(task))
                .build();
    }

    @PATCH
    @Path("{id}/tasks/{taskId}")
    @Consumes({JsonBodies.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed("CLERK")
    @Transactional
    @Operation(
            summary = "Apply a level to an errand, or override the recommendation with a reason",
            description = "Needs If-Match with the visit's ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The errand",
            headers = @Header(name = "ETag", description = "The visit's new version"),
            content = @Content(schema = @Schema(implementation = TaskJson.class)))
    @APIResponse(responseCode = "412", description = "The visit changed since the version in If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response changeTask(
            @PathParam("id") long id,
            @PathParam("taskId") long taskId,
            @Parameter(description = "The visit's ETag", required = true) @HeaderParam("If-Match") String ifMatch,
            TaskChanges changes) {
        StaffUser actor = staff.actor();
        long version =
                EntityTags.required(ifMatch, () -> visits.visit(actor, id).getVersion());
        VisitTask task = null;
        if (changes.appliedLevel() != null || changes.overrideReason() != null || changes.overrideNote() != null) {
            VisitTask now = visits.visit(actor, id).task(taskId);
            task = errands.apply(
                    actor,
                    id,
                    version,
                    taskId,
                    merged(changes.appliedLevel(), now.getAppliedLevel()),
                    merged(changes.overrideReason(), now.getOverrideReason()),
                    merged(changes.overrideNote(), now.getOverrideNote()));
        }
        if (changes.ticked() != null) {
            task = errands.tick(
                    actor,
                    id,
                    task == null ? version : task.getVisit().getVersion(),
                    taskId,
                    changes.ticked().orElse(List.of()));
        }
        if (task == null) {
            throw new InvalidRequest(400, "api.body.empty", Map.of());
        }
        pending.written(task);
        return Response.ok(TaskJson.of(task))
                .tag(EntityTags.of(task.getVisit().getVersion()))
                .build();
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CLERK")
    @Transactional
    @Operation(
            summary = "Close a visit",
            description = "Every errand needs an outcome; one that continues a "
                    + "follow-up date after today. If-Match is optional.")
    @APIResponse(
            responseCode = "200",
            description = "The closed visit",
            headers = @Header(name = "ETag", description = ETAG_HEADER),
            content = @Content(schema = @Schema(implementation = VisitJson.class)))
    public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ClosingRequest request) {
        StaffUser actor = staff.actor();
        Map<Long, TaskClosing> outcomes = new HashMap<>();
        for (Outcome o : request.outcomes()) {
            outcomes.put(o.taskId(), new TaskClosing(o.taskId(), o.outcome(), o.followUpOn(), o.didItThemselves()));
        }
        Visit visit = closing.close(
                actor, id, currentOr(actor, id, ifMatch), outcomes, request.notes(), request.parkingLotNote());
        return withTag(VisitJson.of(pending.written(visit)));
    }

    private long currentOr(StaffUser actor, long id, String ifMatch) {
        return EntityTags.optional(ifMatch, () -> visits.visit(actor, id).getVersion());
    }

    /** The version the next step of one change names: the one the client saw, then the visit's in this transaction. */
    private static long versionOf(Visit changedSoFar, long version) {
        return changedSoFar == null ? version : changedSoFar.getVersion();
    }

    private static <T> T merged(Optional<T> change, T current) {
        return change == null ? current : change.orElse(null);
    }

    private static Response withTag(VisitJson visit) {
        return Response.ok(visit).tag(EntityTags.of(visit.version())).build();
    }
}
