package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.rules.control.OverridePatterns;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Learning from overrides for scripts: the overrides of a rule set's rules with the proposals they support, and
 * accepting a proposal into a new or an existing draft. Reading is open to coordinators and supervisors;
 * accepting changes rules, so coordinators only.
 */
@Path("rule-sets/{id}/overrides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "SUPERVISOR"})
@Tag(name = "overrides", description = "How clerks overrode the rules, and the changes that suggests")
public class OverrideResource {

    @Inject
    OverrideLearning learning;

    @Inject
    Simulations simulations;

    @Inject
    ServicePoints servicePoints;

    /**
     * Accept the proposal for {@code ruleId} of {@code kind} (CHANGE_LEVEL or NARROWED_RULE, then with
     * {@code profile}) made by the overrides of the period and points; into {@code draftId} (with its
     * {@code draftVersion}) or, when that is null, a new draft copied from the set.
     */
    @Schema(
            name = "OverrideProposalAcceptance",
            description = "A proposal to accept, named by the findings that support it and the draft to put it in")
    public record Acceptance(
            @Schema(description = "First day of the period of the findings (inclusive)") @NotNull
            LocalDate from,

            @Schema(description = "Last day of the period of the findings (inclusive)") @NotNull
            LocalDate until,

            @Schema(
                    description =
                            "Codes of the service points of the findings; empty or absent means the set's default points")
            List<String> servicePoints,

            @Schema(
                    description =
                            "Threshold: the share of decisions, in (0, 1], that must go one way; absent means the configured one")
            Double minShare,

            @Schema(
                    description =
                            "Threshold: the least number of decisions, at least 1; absent means the configured one")
            Long minDecisions,

            @Schema(description = "Id of the rule the proposal changes") @NotNull
            String ruleId,

            @Schema(description = "CHANGE_LEVEL or NARROWED_RULE") @NotNull
            OverridePatterns.Kind kind,

            @Schema(description = "The profile code of a NARROWED_RULE proposal; ignored for CHANGE_LEVEL")
            String profile,

            @Schema(
                    description =
                            "Id of the draft to put the change in; absent means a new draft copied from the rule set")
            Long draftId,

            @Schema(description = "Version of that draft as read (optimistic locking); required with draftId")
            Long draftVersion) {}

    @Schema(name = "OverrideProposalAccepted", description = "The draft that took an accepted proposal")
    public record Accepted(
            @Schema(description = "Id of the draft") long id,
            @Schema(description = "Its version number") int versionNo,
            @Schema(description = "Its name") String name,
            @Schema(description = "Its status") String status,

            @Schema(description = "Its version for a later revision (optimistic locking)")
            long version) {}

    @GET
    @Operation(summary = "Per rule: decisions, overrides by level, reason and profile; and the proposals they support")
    public OverrideLearning.Findings findings(
            @PathParam("id") long id,
            @QueryParam("from") String fromText,
            @QueryParam("until") String untilText,
            @QueryParam("servicePoints") List<String> points,
            @QueryParam("minShare") Double minShare,
            @QueryParam("minDecisions") Long minDecisions) {
        LocalDate from = date(fromText, learning.defaultFrom());
        LocalDate until = date(untilText, learning.defaultUntil());
        return learning.findings(id, from, until, points(id, points), threshold(minShare, minDecisions));
    }

    @POST
    @Path("proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Accepts a proposal into a draft (201 with the draft's Location)")
    public Response accept(
            @PathParam("id") long id,
            @NotNull @Valid Acceptance a,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        OverrideLearning.Findings asked = new OverrideLearning.Findings(
                id,
                0,
                a.from(),
                a.until(),
                points(id, a.servicePoints()),
                threshold(a.minShare(), a.minDecisions()),
                List.of(),
                List.of());
        RuleSet draft = learning.accept(
                asked, a.ruleId(), a.kind(), a.profile(), a.draftId(), a.draftVersion(), locale(headers));
        return Response.created(uri.getBaseUriBuilder()
                        .path("rule-sets")
                        .path(String.valueOf(draft.getId()))
                        .build())
                .entity(new Accepted(
                        draft.getId(),
                        draft.getVersionNo(),
                        draft.getName(),
                        draft.getStatus().name(),
                        draft.getVersion()))
                .build();
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new WorkbenchRefused("rules.simulation.badPeriod", "dates as yyyy-mm-dd");
        }
    }

    private OverridePatterns.Threshold threshold(Double minShare, Long minDecisions) {
        OverridePatterns.Threshold configured = learning.configuredThreshold();
        try {
            return new OverridePatterns.Threshold(
                    minShare == null ? configured.minShare() : minShare,
                    minDecisions == null ? configured.minDecisions() : minDecisions);
        } catch (IllegalArgumentException e) {
            throw new WorkbenchRefused("rules.overrides.badThreshold", e.getMessage());
        }
    }

    private List<Long> points(long setId, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return simulations.defaultPointsOf(setId);
        }
        List<ServicePoint> all = servicePoints.all();
        return codes.stream()
                .distinct()
                .map(code -> all.stream()
                        .filter(p -> p.getCode().equals(code))
                        .findFirst()
                        .map(ServicePoint::getId)
                        .orElseThrow(() ->
                                new WorkbenchRefused("rules.simulation.unknownPoint", "unknown service point " + code)))
                .toList();
    }

    private static Locale locale(HttpHeaders headers) {
        for (Locale l : headers.getAcceptableLanguages()) {
            if (List.of("fi", "sv", "en").contains(l.getLanguage())) {
                return l;
            }
        }
        return Locale.forLanguageTag("fi");
    }
}
