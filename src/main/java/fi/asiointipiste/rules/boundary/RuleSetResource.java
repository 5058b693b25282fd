package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import fi.asiointipiste.rules.boundary.RuleSetViews.DiffView;
import fi.asiointipiste.rules.boundary.RuleSetViews.Summary;
import fi.asiointipiste.rules.boundary.RuleSetViews.WorkbenchView;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.WordedDiff;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetNotEditable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rule sets for systems and scripts: list and read (coordinators, supervisors, administrators), import a DMN
 * document as a draft or copy any version into a new draft, edit a draft one change at a time (with undo), compare
 * two versions, publish, roll back and retire (coordinators), export as DMN 1.3. Refusals answer with a stable code
 * and a translated message (422 for content that cannot be used, 409 for a stale version or a status that does not
 * allow the change, 403 for a caller who is not a coordinator).
 */
@Path("rule-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "Rule sets", description = "Versioned routing rules: read, edit drafts, check, compare, publish, roll back")
public class RuleSetResource {

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleDrafts drafts;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    /**
     * Publishing: the version read, when it takes effect (null = now), all points or the pilot points by code, and
     * the coordinator's note on why.
     */
    @Schema(
            name = "RuleSetPublication",
            description = "Publishing a draft",
            properties = {
                @SchemaProperty(name = "version", description = "The draft's version (optimistic locking)"),
                @SchemaProperty(name = "effectiveFrom", description = "When it takes effect (null: now)"),
                @SchemaProperty(name = "allPoints", description = "For every point (else the pilot points)"),
                @SchemaProperty(name = "servicePoints", description = "Codes of the pilot points"),
                @SchemaProperty(name = "note", description = "The coordinator's note on why")
            })
    public record Publication(
            @NotNull @Schema(description = "The draft's version (optimistic locking)")
            Long version,

            LocalDateTime effectiveFrom,
            boolean allPoints,
            List<String> servicePoints,

            @Schema(description = "The coordinator's note on why (at most 2,000 characters)")
            String note) {}

    /** Rolling back: why, from when (null = now), and where. */
    @Schema(
            name = "RuleSetRollback",
            description = "Publishing an earlier version again",
            properties = {
                @SchemaProperty(name = "note", description = "Why"),
                @SchemaProperty(name = "effectiveFrom", description = "From when (null: now)"),
                @SchemaProperty(name = "allPoints", description = "For every point (else the pilot points)"),
                @SchemaProperty(name = "servicePoints", description = "Codes of the pilot points")
            })
    public record Rollback(
            @NotNull @Schema(description = "Why (not blank, at most 2,000 characters)")
            String note,

            LocalDateTime effectiveFrom,
            boolean allPoints,
            List<String> servicePoints) {}

    @GET
    @Operation(summary = "All versions, newest first, with status, scope and effective time")
    public List<Summary> all() {
        return ruleSets.all().stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One version")
    @APIResponse(responseCode = "404", description = "No such rule set")
    public Summary one(@PathParam("id") long id) {
        return Summary.of(find(id));
    }

    @GET
    @Path("{id}/workbench")
    @Operation(
            summary = "A version as the workbench shows it",
            description = "The table (conditions and outputs as written, by column name), the check before publishing"
                    + " (errors, warnings, gaps with an example input), allowed values no rule uses, and every test"
                    + " case with its outcome on this table.")
    public WorkbenchView workbench(@PathParam("id") long id) {
        find(id);
        return WorkbenchView.of(drafts.view(id));
    }

    /** The table as a DMN 1.3 document (whatever DMN version it was imported from). */
    @GET
    @Path("{id}/dmn")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The table as a DMN 1.3 document")
    public Response dmn(@PathParam("id") long id) {
        RuleSet set = find(id);
        return Response.ok(DmnWriter.write(DmnReader.readString(set.getDmnXml())))
                .header("Content-Disposition", "attachment; filename=\"routing-rules-v" + set.getVersionNo() + ".dmn\"")
                .build();
    }

    @GET
    @Path("{id}/check")
    @Operation(summary = "The check before publishing: the engine's findings and what routing needs")
    public List<RuleSetCheck.Problem> check(@PathParam("id") long id) {
        return ruleSets.check(id);
    }

    @GET
    @Path("{id}/diff")
    @Operation(
            summary = "What changed from another version to this one",
            description = "Rules matched by id: added, removed, moved (outside the longest run kept in order), and"
                    + " per cell the old and new text with a changed flag; columns and the hit policy too.")
    public DiffView diff(
            @PathParam("id") long id,
            @Parameter(description = "id of the version to compare from") @QueryParam("from") @NotNull Long from) {
        RuleSet older = find(from);
        RuleSet newer = find(id);
        return new DiffView(
                older.getVersionNo(),
                newer.getVersionNo(),
                WordedDiff.between(RuleSetCheck.read(older.getDmnXml()), RuleSetCheck.read(newer.getDmnXml())));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Import a DMN document as a new draft")
    @APIResponse(responseCode = "201", description = "The draft, with its address in Location")
    @APIResponse(responseCode = "422", description = "Not a readable DMN decision table; the problems name the rules")
    public Response draft(
            @Parameter(description = "name") @QueryParam("name") String name,
            @Parameter(description = "note") @QueryParam("note") String note,
            String dmnXml,
            @Context UriInfo uri) {
        RuleSet draft = ruleSets.draft(name, dmnXml, note);
        return created(uri, draft);
    }

    @POST
    @Path("{id}/copy")
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "A new draft that starts as a copy of this version, with its test cases")
    @APIResponse(responseCode = "201", description = "The new draft")
    public Response copy(
            @PathParam("id") long id,
            @Parameter(description = "name") @QueryParam("name") String name,
            @Parameter(description = "note") @QueryParam("note") String note,
            @Context UriInfo uri) {
        find(id);
        return created(uri, ruleSets.copyAsDraft(id, name, note));
    }

    @PUT
    @Path("{id}/dmn")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Replace a draft's table with a DMN document (and its change note)")
    @APIResponse(responseCode = "409", description = "Not a draft, or changed since the given version")
    public Summary revise(
            @PathParam("id") long id,
            @Parameter(description = "version") @QueryParam("version") @NotNull Long version,
            @Parameter(description = "note") @QueryParam("note") String note,
            String dmnXml) {
        return Summary.of(ruleSets.revise(id, version, dmnXml, note));
    }

    @POST
    @Path("{id}/edits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(
            summary = "One edit of a draft's table",
            description = "Add, copy, delete or move a rule; set a condition (S-FEEL) or an output; a rule's name and"
                    + " rationale in fi/sv/en; add, rename or remove columns and their allowed values; the hit policy."
                    + " Answers the draft re-analysed with its test cases run.")
    @APIResponse(
            responseCode = "422",
            description = "The edit cannot be made (e.g. a condition the engine cannot read)")
    @APIResponse(responseCode = "409", description = "Not a draft, or changed since the given version")
    public WorkbenchView edit(@PathParam("id") long id, @Valid EditRequest request) {
        find(id);
        if (request.version() == null) {
            throw new jakarta.ws.rs.BadRequestException("version is required");
        }
        return WorkbenchView.of(drafts.edit(
                id, request.version(), request.toEdit(drafts.view(id).table())));
    }

    @POST
    @Path("{id}/undo")
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Undo the draft's last edit (one step)")
    public WorkbenchView undo(
            @PathParam("id") long id,
            @Parameter(description = "version") @QueryParam("version") @NotNull Long version) {
        find(id);
        return WorkbenchView.of(drafts.undo(id, version));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(
            summary = "Publish a draft for all points or for pilot points, now or later",
            description = "Refused while the check finds an error or a test case fails.")
    @APIResponse(responseCode = "422", description = "Errors in the table or failing test cases, listed in problems")
    public Summary publish(@PathParam("id") long id, @Valid Publication publication) {
        if (publication != null
                && publication.note() != null
                && publication.note().strip().length() > 2000) {
            throw fi.asiointipiste.platform.rest.InvalidRequest.of("api.param.invalid", "note");
        }
        List<ServicePoint> pilots = publication.allPoints() ? List.of() : pointsByCode(publication.servicePoints());
        LocalDateTime from = publication.effectiveFrom() == null ? clock.now() : publication.effectiveFrom();
        return Summary.of(
                ruleSets.publish(id, publication.version(), from, publication.allPoints(), pilots, publication.note()));
    }

    @POST
    @Path("{id}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Roll back: publish this earlier version again as a new version")
    @APIResponse(responseCode = "201", description = "The new version, published")
    public Response rollback(@PathParam("id") long id, @Valid Rollback rollback, @Context UriInfo uri) {
        find(id);
        List<ServicePoint> pilots = rollback.allPoints() ? List.of() : pointsByCode(rollback.servicePoints());
        RuleSet again = ruleSets.rollback(id, rollback.note(), rollback.effectiveFrom(), rollback.allPoints(), pilots);
        return Response.created(uri.getBaseUriBuilder()
                        .path("rule-sets")
                        .path(String.valueOf(again.getId()))
                        .build())
                .entity(Summary.of(again))
                .build();
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Retire a published version: its points go back to the version before it")
    public Summary retire(
            @PathParam("id") long id,
            @Parameter(description = "version") @QueryParam("version") @NotNull Long version) {
        return Summary.of(ruleSets.retire(id, version));
    }

    private Response created(UriInfo uri, RuleSet set) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("rule-sets")
                        .path(String.valueOf(set.getId()))
                        .build())
                .entity(Summary.of(set))
                .build();
    }

    private List<ServicePoint> pointsByCode(List<String> codes) {
        List<String> wanted = codes == null ? List.of() : codes;
        List<ServicePoint> found = servicePoints.all().stream()
                .filter(p -> wanted.contains(p.getCode()))
                .toList();
        if (found.size() != wanted.stream().distinct().count()) {
            throw new RuleSetNotEditable("rules.publish.unknownPoint", "unknown service point in " + wanted);
        }
        return found;
    }

    private RuleSet find(long id) {
        return ruleSets.byId(id).orElseThrow(NotFoundException::new);
    }
}
