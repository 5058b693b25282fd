package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.PilotRejected;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pilots for systems and scripts: list and read (coordinators, supervisors, administrators); define, change and
 * remove (coordinators, at the points they work at). Points are named by their codes, measures and directions by
 * their names (see {@link PilotMeasure}). The report is {@code GET /api/pilots/{id}/report} (statistics).
 */
@Path("pilots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
@Tag(
        name = "Pilots",
        description = "A rule set tried at pilot points against comparison points, with the measures that"
                + " decide its success")
public class PilotResource {

    @Inject
    Pilots pilots;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    @Inject
    Catalogue catalogue;

    /** A measure that decides success: e.g. {"measure":"GUIDED_SHARE","direction":"INCREASE","minimumChange":3}. */
    @Schema(
            name = "PilotMeasure",
            description = "A measure that decides the pilot's success",
            properties = {
                @SchemaProperty(name = "measure", description = "The measure, e.g. GUIDED_SHARE"),
                @SchemaProperty(name = "direction", description = "INCREASE or DECREASE"),
                @SchemaProperty(
                        name = "minimumChange",
                        description = "The smallest change that counts as success, in the measure's unit (optional)")
            })
    public record Measure(String measure, String direction, Double minimumChange) {}

    @Schema(
            name = "PilotSummary",
            description = "A pilot: a rule set tried at some points and compared with others",
            properties = {
                @SchemaProperty(name = "id", description = "The pilot's id"),
                @SchemaProperty(name = "name", description = "Its name"),
                @SchemaProperty(name = "hypothesis", description = "What it is expected to show"),
                @SchemaProperty(name = "ruleSetId", description = "The rule set tried"),
                @SchemaProperty(name = "ruleSetVersion", description = "That rule set's version"),
                @SchemaProperty(
                        name = "targetProfile",
                        description = "The customer profile code it is about (null: every customer)"),
                @SchemaProperty(
                        name = "targetAgency",
                        description = "The agency code whose errands it is about (null: every errand)"),
                @SchemaProperty(name = "pilotPoints", description = "Codes of the pilot points"),
                @SchemaProperty(name = "comparisonPoints", description = "Codes of the comparison points"),
                @SchemaProperty(name = "startsOn", description = "First day"),
                @SchemaProperty(name = "endsOn", description = "Last day"),
                @SchemaProperty(name = "status", description = "PLANNED, RUNNING or FINISHED on the day asked"),
                @SchemaProperty(name = "measures", description = "The deciding measures"),
                @SchemaProperty(name = "createdBy", description = "Who defined it"),
                @SchemaProperty(name = "version", description = "Its version (optimistic locking)")
            })
    public record Summary(
            long id,
            String name,
            String hypothesis,
            long ruleSetId,
            int ruleSetVersion,
            String targetProfile,
            String targetAgency,
            List<String> pilotPoints,
            List<String> comparisonPoints,
            LocalDate startsOn,
            LocalDate endsOn,
            String status,
            List<Measure> measures,
            String createdBy,
            long version) {

        static Summary of(Pilot p, LocalDate today) {
            return new Summary(
                    p.getId(),
                    p.getName(),
                    p.getHypothesis(),
                    p.getRuleSet().getId(),
                    p.getRuleSet().getVersionNo(),
                    p.getTargetProfile() == null ? null : p.getTargetProfile().getCode(),
                    p.getTargetAgency() == null ? null : p.getTargetAgency().getCode(),
                    codes(p.getPilotPoints()),
                    codes(p.getComparisonPoints()),
                    p.getStartsOn(),
                    p.getEndsOn(),
                    p.statusOn(today).name(),
                    p.getCriteria().stream()
                            .map(c -> new Measure(
                                    c.getMeasure().name(), c.getDirection().name(), c.getMinimumChange()))
                            .toList(),
                    p.getCreatedBy(),
                    p.getVersion());
        }
    }

    /**
     * What a coordinator sends to define or change a pilot; targetProfile is a profile code (null: every customer),
     * targetAgency an agency code (null: every errand).
     */
    @Schema(
            name = "PilotDefinition",
            description = "What a coordinator sends to define or change a pilot",
            properties = {
                @SchemaProperty(name = "name", description = "Its name"),
                @SchemaProperty(name = "hypothesis", description = "What it is expected to show"),
                @SchemaProperty(name = "ruleSetId", description = "The rule set tried"),
                @SchemaProperty(name = "targetProfile", description = "A customer profile code (null: every customer)"),
                @SchemaProperty(name = "targetAgency", description = "An agency code (null: every errand)"),
                @SchemaProperty(
                        name = "pilotPoints",
                        description = "Codes of the pilot points (the coordinator's own)"),
                @SchemaProperty(name = "comparisonPoints", description = "Codes of the comparison points"),
                @SchemaProperty(name = "startsOn", description = "First day"),
                @SchemaProperty(name = "endsOn", description = "Last day"),
                @SchemaProperty(name = "measures", description = "The deciding measures (at least one)")
            })
    public record Definition(
            String name,
            String hypothesis,
            Long ruleSetId,
            String targetProfile,
            String targetAgency,
            List<String> pilotPoints,
            List<String> comparisonPoints,
            LocalDate startsOn,
            LocalDate endsOn,
            List<Measure> measures) {}

    @GET
    @Operation(summary = "Every pilot, newest first")
    public List<Summary> all() {
        LocalDate today = clock.today();
        return pilots.all().stream().map(p -> Summary.of(p, today)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One pilot")
    @APIResponse(responseCode = "404", description = "No such pilot")
    public Summary one(@PathParam("id") long id) {
        return Summary.of(pilots.byId(id).orElseThrow(NotFoundException::new), clock.today());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(
            summary = "Define a pilot",
            description =
                    "Points by code, the coordinator's own points only. At least"
                            + " one pilot and one comparison point, none both; last day not before the first; at least one measure,"
                            + " each once. A published rule set must apply at the pilot points and not at the comparison points.")
    @APIResponse(responseCode = "201", description = "Defined; Location names the new pilot")
    @APIResponse(responseCode = "422", description = "The definition breaks a rule; code and translated message")
    public Response define(@NotNull @Valid Definition definition, @Context UriInfo uri) {
        Pilot pilot = pilots.define(draft(definition));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(pilot.getId()))
                        .build())
                .entity(Summary.of(pilot, clock.today()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Change a pilot's whole definition")
    @APIResponse(responseCode = "409", description = "The pilot was changed meanwhile (stale version)")
    @APIResponse(responseCode = "422", description = "The definition breaks a rule")
    public Summary change(
            @PathParam("id") long id,
            @Parameter(description = "The version the change is based on") @QueryParam("version") @NotNull Long version,
            @NotNull @Valid Definition definition) {
        return Summary.of(pilots.change(id, version, draft(definition)), clock.today());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Remove a pilot (its rule set and the statistics stay)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The pilot was changed meanwhile (stale version)")
    public Response remove(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        pilots.remove(id, version);
        return Response.noContent().build();
    }

    private PilotDraft draft(Definition d) {
        Long profile = d.targetProfile() == null
                ? null
                : catalogue
                        .profile(d.targetProfile())
                        .map(p -> p.getId())
                        .orElseThrow(
                                () -> new PilotRejected("pilots.error.profile", "no profile " + d.targetProfile()));
        Long agency = d.targetAgency() == null
                ? null
                : catalogue.agencies().stream()
                        .filter(a -> a.getCode().equals(d.targetAgency()))
                        .map(a -> a.getId())
                        .findFirst()
                        .orElseThrow(() -> new PilotRejected("pilots.error.agency", "no agency " + d.targetAgency()));
        return new PilotDraft(
                d.name(),
                d.hypothesis(),
                d.ruleSetId(),
                profile,
                agency,
                ids(d.pilotPoints()),
                ids(d.comparisonPoints()),
                d.startsOn(),
                d.endsOn(),
                d.measures() == null
                        ? List.of()
                        : d.measures().stream().map(PilotResource::measure).toList());
    }

    private static PilotDraft.Measure measure(Measure m) {
        try {
            return new PilotDraft.Measure(
                    PilotMeasure.valueOf(String.valueOf(m.measure())),
                    SuccessCriterion.Direction.valueOf(String.valueOf(m.direction())),
                    m.minimumChange());
        } catch (IllegalArgumentException e) {
            throw new PilotRejected("pilots.error.criterion", "unknown measure or direction in " + m);
        }
    }

    private List<Long> ids(List<String> codes) {
        List<String> wanted = codes == null ? List.of() : codes;
        List<ServicePoint> found = servicePoints.all().stream()
                .filter(p -> wanted.contains(p.getCode()))
                .toList();
        if (found.size() != wanted.stream().distinct().count()) {
            throw new PilotRejected("pilots.error.unknownPoint", "unknown service point in " + wanted);
        }
        return found.stream().map(ServicePoint::getId).toList();
    }

    private static List<String> codes(List<ServicePoint> points) {
        return points.stream().map(ServicePoint::getCode).toList();
    }
}
