package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.rules.boundary.RuleSetViews.CaseView;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import fi.asiointipiste.visits.entity.StoredDecision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The test cases of a rule set: read with their outcome on the set's table (coordinators, supervisors,
 * administrators); add, change, delete, import as CSV and pin from past visits (coordinators, drafts only).
 */
@Path("rule-sets/{id}/test-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
@Tag(
        name = "Rule-set test cases",
        description =
                "Example errands with the decision a rule set must give; a set" + " is not published while one fails")
public class TestCaseResource {

    static final String CSV = "text/csv";

    @Inject
    RuleSets ruleSets;

    @Inject
    TestCases testCases;

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(summary = "The test cases with their outcome on the set's table")
    public List<CaseView> all(@PathParam("id") long id) {
        ruleSets.byId(id).orElseThrow(NotFoundException::new);
        List<TestOutcome> outcomes = ruleSets.runTests(id);
        List<TestCase> cases = ruleSets.testCases(ruleSets.byId(id).orElseThrow());
        return java.util.stream.IntStream.range(0, cases.size())
                .mapToObj(i -> CaseView.of(cases.get(i), i < outcomes.size() ? outcomes.get(i) : null))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(
            summary = "Add a test case to a draft",
            description = "facts by input name (taskAgency is taken from the catalogue when only task is given);"
                    + " agency and mode null for any.")
    @APIResponse(responseCode = "201", description = "The case")
    public Response add(@PathParam("id") long id, TestCaseDraft draft) {
        TestCase c = testCases.add(id, draft);
        return Response.status(201).entity(CaseView.of(c, null)).build();
    }

    @PUT
    @Path("{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Change a test case of a draft")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the given version")
    public CaseView update(
            @PathParam("id") long id,
            @PathParam("caseId") long caseId,
            @Parameter(description = "version") @QueryParam("version") @NotNull Long version,
            TestCaseDraft draft) {
        own(id, caseId);
        return CaseView.of(testCases.update(caseId, version, draft), null);
    }

    @DELETE
    @Path("{caseId}")
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Delete a test case of a draft")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") long id,
            @PathParam("caseId") long caseId,
            @Parameter(description = "version") @QueryParam("version") @NotNull Long version) {
        own(id, caseId);
        testCases.delete(caseId, version);
        return Response.noContent().build();
    }

    @GET
    @Path("csv")
    @Produces(CSV)
    @Operation(
            summary = "The test cases as CSV: name, one column per input, expectedLevel, expectedAgency, expectedMode")
    public Response exportCsv(@PathParam("id") long id) {
        int versionNo = ruleSets.byId(id).orElseThrow(NotFoundException::new).getVersionNo();
        return Response.ok(testCases.exportCsv(id), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"test-cases-v" + versionNo + ".csv\"")
                .build();
    }

    @POST
    @Path("csv")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RolesAllowed("COORDINATOR")
    @Operation(
            summary = "Add the test cases of a CSV file to a draft",
            description = "A file with any problem is refused whole; each problem names its line.")
    @APIResponse(responseCode = "422", description = "Problems by line; nothing was imported")
    public List<CaseView> importCsv(@PathParam("id") long id, String csv) {
        return testCases.importCsv(id, csv).stream()
                .map(c -> CaseView.of(c, null))
                .toList();
    }

    @POST
    @Path("pinned")
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "Pin the decisions of the latest past visits as test cases (a regression baseline)")
    public List<CaseView> pin(
            @PathParam("id") long id,
            @Parameter(description = "how many distinct past decisions, 1-500") @QueryParam("count") @NotNull
                    Integer count) {
        Map<String, String> tasks = new java.util.HashMap<>();
        catalogue.tasks().forEach(t -> tasks.put(t.getCode(), t.getName().getEn()));
        return testCases.pinPast(id, count, d -> name(d, tasks)).stream()
                .map(c -> CaseView.of(c, null))
                .toList();
    }

    private static String name(StoredDecision d, Map<String, String> tasks) {
        Object task =
                fi.asiointipiste.routing.entity.RoutingFacts.parse(d.facts()).get("task");
        Object profile =
                fi.asiointipiste.routing.entity.RoutingFacts.parse(d.facts()).get("profile");
        return "Visit " + d.at().toLocalDate() + ": " + profile + ", "
                + tasks.getOrDefault(String.valueOf(task), String.valueOf(task));
    }

    private void own(long id, long caseId) {
        TestCase c = testCases.byId(caseId).orElseThrow(NotFoundException::new);
        if (c.getRuleSet().getId() != id) {
            throw new NotFoundException();
        }
    }
}
