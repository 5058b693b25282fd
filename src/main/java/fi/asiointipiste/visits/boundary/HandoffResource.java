package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.persistence.PendingChanges;
import fi.asiointipiste.platform.rest.EntityTags;
import fi.asiointipiste.platform.rest.OptionalBody;
import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.HandoffMode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hand-offs for other systems (an agency's scheduling, the desk's system): the clerk of the visit's point requests and
 * cancels; a specialist of the agency accepts, joins and completes. The rules and audit of {@link Handoffs}. A step
 * names the hand-off's version it saw with If-Match (optional: without it, the current one).
 */
@Path("handoffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("CLERK")
@Tag(name = "Hand-offs", description = "Agency specialists joining a visit's errand")
public class HandoffResource {

    @Inject
    SignedInStaff staff;

    @Inject
    Handoffs handoffs;

    @Inject
    PendingChanges pending;

    @Schema(
            name = "NewHandoff",
            description = "A request for a specialist of an agency to join one errand of a visit " + "in service")
    public record NewHandoff(
            @NotNull @Schema(description = "The visit's id", required = true)
            Long visitId,

            @NotNull @Schema(description = "The visit task's id", required = true)
            Long taskId,

            @Schema(description = "Code of the agency, e.g. KELA", required = true)
            String agency,

            @Schema(description = "On site or by remote video", required = true)
            HandoffMode mode,

            @Schema(description = "A booked time, not in the past")
            LocalDateTime slotAt,

            @Schema(description = "Room or remote device", maxLength = 200)
            String roomOrDevice,

            @Schema(description = "An interpreter is booked")
            boolean interpreterBooked,

            @Schema(description = "The clerk stays in a remote meeting (needs REMOTE_VIDEO and consent)")
            boolean clerkStays,

            @Schema(description = "The customer consents to the clerk staying")
            boolean customerConsents) {}

    @Schema(
            name = "HandoffStep",
            description = "What a step says: the outcome when completing, the reason when "
                    + "cancelling; nothing for accept and join")
    public record Step(
            @Schema(description = "Complete: how it went (required, at most 1,000 characters)")
            String outcome,

            @Schema(description = "Cancel: why (required, at most 500 characters)")
            String reason) {}

    @GET
    @Operation(
            summary = "The specialist's inbox",
            description =
                    "Open requests for the caller's agency at every " + "point; empty for a clerk without an agency.")
    @APIResponse(
            responseCode = "200",
            description = "The open hand-offs",
            content = @Content(schema = @Schema(implementation = HandoffJson.class, type = SchemaType.ARRAY)))
    public List<HandoffJson> inbox() {
        return handoffs.inbox(staff.actor()).stream().map(HandoffJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One hand-off", description = "For a specialist of its agency or a clerk of its point.")
    @APIResponse(
            responseCode = "200",
            description = "The hand-off",
            headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = HandoffJson.class)))
    public Response one(@PathParam("id") long id) {
        return tagged(handoffs.handoff(staff.actor(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Ask a specialist to join an errand",
            description = "The visit must be in service at the "
                    + "caller's point; one open request per errand. Send an Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "The request",
            headers = {
                @Header(name = "Location", description = "Its address"),
                @Header(name = "ETag", description = "Its version")
            },
            content = @Content(schema = @Schema(implementation = HandoffJson.class)))
    public Response request(NewHandoff r, @Context UriInfo uri) {
        Handoff h = handoffs.request(
                staff.actor(),
                r.visitId(),
                r.taskId(),
                r.agency(),
                r.mode(),
                r.slotAt(),
                r.roomOrDevice(),
                r.interpreterBooked(),
                r.clerkStays(),
                r.customerConsents());
        HandoffJson created = HandoffJson.of(pending.written(h));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(created)
                .build();
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "A specialist of the agency takes the request")
    @APIResponse(
            responseCode = "200",
            description = "The accepted hand-off",
            content = @Content(schema = @Schema(implementation = HandoffJson.class)))
    public Response accept(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @OptionalBody Step step) {
        StaffUser actor = staff.actor();
        return tagged(pending.written(handoffs.accept(actor, id, version(actor, id, ifMatch))));
    }

    @POST
    @Path("{id}/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The specialist who accepted joins the customer")
    @APIResponse(
            responseCode = "200",
            description = "The joined hand-off",
            content = @Content(schema = @Schema(implementation = HandoffJson.class)))
    public Response join(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @OptionalBody Step step) {
        StaffUser actor = staff.actor();
        return tagged(pending.written(handoffs.joined(actor, id, version(actor, id, ifMatch))));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The specialist reports the outcome", description = "Only after joining.")
    @APIResponse(
            responseCode = "200",
            description = "The completed hand-off",
            content = @Content(schema = @Schema(implementation = HandoffJson.class)))
    public Response complete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Step step) {
        StaffUser actor = staff.actor();
        return tagged(pending.written(handoffs.complete(actor, id, version(actor, id, ifMatch), step.outcome())));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The desk withdraws the request", description = "With a reason; not after completion.")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled hand-off",
            content = @Content(schema = @Schema(implementation = HandoffJson.class)))
    public Response cancel(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Step step) {
        StaffUser actor = staff.actor();
        return tagged(pending.written(handoffs.cancel(actor, id, version(actor, id, ifMatch), step.reason())));
    }

    private long version(StaffUser actor, long id, String ifMatch) {
        return EntityTags.optional(ifMatch, () -> handoffs.handoff(actor, id).getVersion());
    }

    private static Response tagged(Handoff h) {
        HandoffJson json = HandoffJson.of(h);
        return Response.ok(json).tag(EntityTags.of(json.version())).build();
    }
}
