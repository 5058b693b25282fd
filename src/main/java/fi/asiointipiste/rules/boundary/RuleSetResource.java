package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import fi.asiointipiste.platform.rest.Params;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetNotEditable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rule sets for systems and scripts: list and read (coordinators, supervisors, administrators), import a DMN
 * document as a draft, revise, check, publish and retire (coordinators), export as DMN 1.3. Parameters are checked
 * here ({@link Params}) rather than by constraint annotations, which Payara 6's OpenAPI scanner fails on.
 */
@Path("rule-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "Rule sets", description = "Versioned routing rules (DMN decision tables)")
public class RuleSetResource {

    @Inject
    RuleSets ruleSets;

    @Inject
    ServicePoints servicePoints;

    @Schema(name = "RuleSet", description = "A version of the routing rules")
    public record Summary(@Schema(description = "Its id") long id,
                          @Schema(description = "Its version number") int versionNo,
                          @Schema(description = "Its name") String name,
                          @Schema(description = "DRAFT, PUBLISHED or RETIRED") String status,
                          @Schema(description = "Who imported it") String author,
                          @Schema(description = "What changed") String changeNote,
                          @Schema(description = "When it takes effect") LocalDateTime effectiveFrom,
                          @Schema(description = "When it was retired") LocalDateTime retiredAt,
                          @Schema(description = "For every point") boolean allPoints,
                          @Schema(description = "Codes of the pilot points") List<String> pilotPoints,
                          @Schema(description = "The version for optimistic locking") long version) {
        static Summary of(RuleSet r) {
            return new Summary(r.getId(), r.getVersionNo(), r.getName(), r.getStatus().name(), r.getAuthor(),
                    r.getChangeNote(), r.getEffectiveFrom(), r.getRetiredAt(), r.isAllPoints(),
                    r.getPilotPoints().stream().map(ServicePoint::getCode).sorted().toList(), r.getVersion());
        }
    }

    @Schema(name = "RuleSetPublication", description = "Publishing a draft: from when, and where")
    public record Publication(
            @NotNull @Schema(description = "The draft's version (optimistic locking)", required = true) Long version,
            @NotNull @Schema(description = "When the rule set takes effect", required = true)
            LocalDateTime effectiveFrom,
            @Schema(description = "For every service point (else only the pilot points)") boolean allPoints,
            @Schema(description = "Codes of the pilot service points") List<String> servicePoints) {
    }

    @Operation(summary = "Every rule set")
    @GET
    public List<Summary> all() {
        return ruleSets.all().stream().map(Summary::of).toList();
    }

    @Operation(summary = "One rule set")
    @GET
    @Path("{id}")
    public Summary one(@PathParam("id") long id) {
        return Summary.of(find(id));
    }

    /** The table as a DMN 1.3 document (whatever DMN version it was imported from). */
    @Operation(summary = "The table as a DMN 1.3 document")
    @GET
    @Path("{id}/dmn")
    @Produces(MediaType.APPLICATION_XML)
    public Response dmn(@PathParam("id") long id) {
        RuleSet set = find(id);
        return Response.ok(DmnWriter.write(DmnReader.readString(set.getDmnXml())))
                .header("Content-Disposition", "attachment; filename=\"routing-rules-v" + set.getVersionNo() + ".dmn\"")
                .build();
    }

    @Operation(summary = "The problems the check finds in the table")
    @GET
    @Path("{id}/check")
    public List<RuleSetCheck.Problem> check(@PathParam("id") long id) {
        return ruleSets.check(id);
    }

    @Operation(summary = "Import a DMN document as a draft")
    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed("COORDINATOR")
    public Response draft(@QueryParam("name") String name, @QueryParam("note") String note, String dmnXml,
                          @Context UriInfo uri) {
        RuleSet draft = ruleSets.draft(Params.text(name, "name", 200), dmnXml, Params.text(note, "note", 2000));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(draft.getId())).build())
                .entity(Summary.of(draft)).build();
    }

    @Operation(summary = "Revise a draft")
    @PUT
    @Path("{id}/dmn")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed("COORDINATOR")
    public Summary revise(@PathParam("id") long id, @QueryParam("version") Long version,
                          @QueryParam("note") String note, String dmnXml) {
        return Summary.of(ruleSets.revise(id, Params.required(version, "version"), dmnXml,
                Params.text(note, "note", 2000)));
    }

    @Operation(summary = "Publish a draft")
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    public Summary publish(@PathParam("id") long id, Publication publication) {
        List<ServicePoint> pilots = publication.allPoints() ? List.of() : pointsByCode(publication.servicePoints());
        return Summary.of(ruleSets.publish(id, publication.version(), publication.effectiveFrom(),
                publication.allPoints(), pilots));
    }

    @Operation(summary = "Retire a published rule set")
    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    public Summary retire(@PathParam("id") long id, @QueryParam("version") Long version) {
        return Summary.of(ruleSets.retire(id, Params.required(version, "version")));
    }

    private List<ServicePoint> pointsByCode(List<String> codes) {
        List<String> wanted = codes == null ? List.of() : codes;
        List<ServicePoint> found = servicePoints.all().stream().filter(p -> wanted.contains(p.getCode())).toList();
        if (found.size() != wanted.stream().distinct().count()) {
            throw new RuleSetNotEditable("rules.publish.unknownPoint", "unknown service point in " + wanted);
        }
        return found;
    }

    private RuleSet find(long id) {
        return ruleSets.byId(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

}
