package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.Feedback;
import fi.asiointipiste.platform.security.KioskTokenCredential;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer feedback from a kiosk app: the kiosk signs in with its kiosk token ({@code Authorization: Kiosk <token>},
 * issued by an administrator; {@link KioskIdentityStore}), asks which visit just ended at its point, and sends one
 * anonymous answer per visit, with the rules of {@link Kiosks}. No staff account is involved; a kiosk reaches nothing
 * else of the API.
 */
@Path("feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "Customers' CES/NPS answers from a feedback kiosk")
@SecurityRequirement(name = "kiosk")
public class FeedbackResource {

    @Inject
    Kiosks kiosks;

    @Schema(
            name = "FeedbackAnswer",
            description = "One customer's answer about a visit that just ended: at least one " + "of the two questions")
    public record Answer(
            @NotNull @Schema(description = "The visit (GET /api/feedback/visit)", required = true)
            Long visitId,

            @Schema(description = "Customer effort score: 1 (very easy) to 5 (very hard)", minimum = "1", maximum = "5")
            Integer ces,

            @Schema(description = "Net promoter score: 0 to 10", minimum = "0", maximum = "10")
            Integer nps,

            @Schema(description = "A free comment, no personal data please", maxLength = 1000)
            String comment) {}

    @Schema(name = "FeedbackReceived", description = "The stored answer")
    public record Received(
            @Schema(description = "The answer's id") long id,
            @Schema(description = "The visit it is about") long visitId) {}

    @Schema(name = "VisitToAsk", description = "The visit the kiosk should ask about now, if any")
    public record VisitToAsk(
            @Schema(description = "The visit's id; null when there is none")
            Long visitId) {}

    @GET
    @Path("visit")
    @RolesAllowed(KioskTokenCredential.GROUP)
    @Operation(
            summary = "The visit to ask about",
            description = "The last visit closed at the kiosk's point within " + "15 minutes and not yet answered.")
    @APIResponse(
            responseCode = "200",
            description = "The visit, or null",
            content = @Content(schema = @Schema(implementation = VisitToAsk.class)))
    @APIResponse(responseCode = "401", description = "No kiosk token, or an unknown or revoked one")
    public VisitToAsk visitToAsk(
            @Parameter(description = "Kiosk <token>") @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return new VisitToAsk(kiosks.visitToAsk(token(authorization)).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(KioskTokenCredential.GROUP)
    @Operation(
            summary = "Send a customer's answer",
            description = "Once per visit, for a visit closed at the kiosk's "
                    + "point. Send an Idempotency-Key: a retry gives the first answer again.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = Received.class)))
    @APIResponse(responseCode = "401", description = "No kiosk token, or an unknown or revoked one")
    public Response answer(
            @Parameter(description = "Kiosk <token>") @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            Answer answer,
            @Context UriInfo uri) {
        Feedback stored =
                kiosks.answer(token(authorization), answer.visitId(), answer.ces(), answer.nps(), answer.comment());
        return Response.status(Response.Status.CREATED)
                .entity(new Received(stored.getId(), stored.getVisitId()))
                .build();
    }

    /** The kiosk token the request was signed in with (KioskIdentityStore checked it). */
    private static String token(String authorization) {
        return KioskTokenCredential.ofHeader(authorization).token();
    }
}
