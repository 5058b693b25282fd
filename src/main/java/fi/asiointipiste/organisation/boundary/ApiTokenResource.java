package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ApiToken;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.platform.rest.InvalidRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API tokens for administrators who set up other systems by script (the same as the page admin/api-tokens.xhtml):
 * list, issue (the secret is in the answer once) and revoke. Administration itself is never done with a token.
 */
@Path("admin/api-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration", description = "API tokens and kiosk tokens")
public class ApiTokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    StaffUsers staffUsers;

    @Schema(name = "NewApiToken", description = "A token for a staff account: some of its roles at some of its points")
    public record NewToken(
            @NotNull @Schema(description = "The account the token acts for", required = true)
            String username,

            @NotNull
            @Schema(
                    description = "What the token is for, e.g. \"Ticket machine Pielavesi\"",
                    required = true,
                    maxLength = 100)
            String label,

            @NotNull @Schema(description = "CLERK, SUPERVISOR and/or COORDINATOR (the account's own)", required = true)
            Set<Role> roles,

            @NotNull @Schema(description = "Service point ids (the account's own)", required = true)
            Set<Long> servicePointIds) {}

    @Schema(name = "ApiToken", description = "An API token (its secret only in the answer to issuing it)")
    public record TokenJson(
            @Schema(description = "The token's id") long id,
            @Schema(description = "What it is for") String label,
            @Schema(description = "The account it acts for") String username,
            @Schema(description = "Its roles") Set<Role> roles,
            @Schema(description = "Its service point ids") Set<Long> servicePointIds,

            @Schema(description = "The first characters of the secret, to recognise it")
            String prefix,

            @Schema(description = "When issued") LocalDateTime issuedAt,
            @Schema(description = "Who issued it") String issuedBy,
            @Schema(description = "When revoked, if it is") LocalDateTime revokedAt,

            @Schema(description = "The secret: send it as Authorization: Bearer <token>. Shown once, never stored.")
            String token) {
        static TokenJson of(ApiToken t, String secret) {
            return new TokenJson(
                    t.getId(),
                    t.getLabel(),
                    t.getUser().getUsername(),
                    t.getRoles(),
                    t.getServicePointIds(),
                    t.getTokenPrefix(),
                    t.getIssuedAt(),
                    t.getIssuedBy(),
                    t.getRevokedAt(),
                    secret);
        }
    }

    @GET
    @Operation(summary = "Every API token, newest first")
    @APIResponse(
            responseCode = "200",
            description = "The tokens (without secrets)",
            content = @Content(schema = @Schema(implementation = TokenJson.class, type = SchemaType.ARRAY)))
    public List<TokenJson> all() {
        return tokens.all().stream().map(t -> TokenJson.of(t, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token", description = "The answer holds the secret; it cannot be read again.")
    @APIResponse(
            responseCode = "201",
            description = "The token with its secret",
            content = @Content(schema = @Schema(implementation = TokenJson.class)))
    public Response issue(NewToken request, @Context UriInfo uri) {
        Long userId = staffUsers
                .byUsername(request.username())
                .map(u -> u.getId())
                .orElseThrow(() -> new InvalidRequest(400, "admin.apiToken.userRequired", Map.of("field", "username")));
        ApiTokens.Issued issued = tokens.issue(userId, request.label(), request.roles(), request.servicePointIds());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(issued.token().getId()))
                        .build())
                .entity(TokenJson.of(issued.token(), issued.secret()))
                .build();
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a token", description = "For good: the next call with it is refused.")
    @APIResponse(
            responseCode = "200",
            description = "The revoked token",
            content = @Content(schema = @Schema(implementation = TokenJson.class)))
    public TokenJson revoke(@PathParam("id") long id) {
        return TokenJson.of(tokens.revoke(id), null);
    }
}
