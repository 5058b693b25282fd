package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.KioskToken;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Kiosk tokens for administrators who set kiosks up by script (the same as the page admin/kiosks.xhtml). */
@Path("admin/kiosk-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class KioskTokenResource {

    @Inject
    Kiosks kiosks;

    @Schema(name = "NewKioskToken", description = "A kiosk of a service point")
    public record NewKiosk(
            @NotNull @Schema(description = "The service point", required = true)
            Long servicePointId,

            @NotNull @Schema(description = "A label, e.g. \"tablet 1\"", required = true, maxLength = 100)
            String label) {}

    @Schema(name = "KioskToken", description = "A kiosk token: the kiosk sends it as Authorization: Kiosk <token>")
    public record KioskJson(
            @Schema(description = "Its id") long id,
            @Schema(description = "The service point") long servicePointId,
            @Schema(description = "Its label") String label,
            @Schema(description = "The token") String token,
            @Schema(description = "When issued") LocalDateTime issuedAt,
            @Schema(description = "When revoked, if it is") LocalDateTime revokedAt) {
        static KioskJson of(KioskToken k) {
            return new KioskJson(
                    k.getId(),
                    k.getServicePointId(),
                    k.getLabel(),
                    k.getToken(),
                    k.getSecret().getIssuedAt(),
                    k.getSecret().getRevokedAt());
        }
    }

    @GET
    @Operation(summary = "Every kiosk token, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The kiosk tokens",
            content = @Content(schema = @Schema(implementation = KioskJson.class, type = SchemaType.ARRAY)))
    public List<KioskJson> all() {
        return kiosks.all().stream().map(KioskJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a kiosk token")
    @APIResponse(
            responseCode = "201",
            description = "The kiosk token",
            content = @Content(schema = @Schema(implementation = KioskJson.class)))
    public Response issue(NewKiosk request) {
        return Response.status(Response.Status.CREATED)
                .entity(KioskJson.of(kiosks.issue(request.servicePointId(), request.label())))
                .build();
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a kiosk token")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") long id) {
        kiosks.revoke(id);
        return Response.noContent().build();
    }
}
