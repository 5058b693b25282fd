package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.RowExport;
import fi.asiointipiste.rules.control.SimulationTally;
import fi.asiointipiste.rules.control.StaffHours;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Simulations for scripts: start one (or run it to the end with {@code wait=true}), follow its progress, cancel it,
 * read its result, page through the changed decisions with both explanations, and export them as CSV or XLSX.
 * Coordinators only; each sees their own runs.
 */
@Path("simulations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
@Tag(name = "simulations", description = "Replaying a rule set on stored past visits")
public class SimulationResource {

    @Inject
    Simulations simulations;

    @Inject
    ServicePoints servicePoints;

    @Inject
    WorkbenchLabels labels;

    /** Service points by code; none means the set's default points (its pilot points, else all). */
    @Schema(
            name = "SimulationRequest",
            description = "A simulation to run: a rule set replayed on the stored visits of a period",
            properties = {
                @SchemaProperty(name = "ruleSetId", description = "Id of the rule set to simulate (usually a draft)")
            })
    public record Request(
            @NotNull Long ruleSetId,

            @Schema(description = "First day of the period (inclusive)") @NotNull
            LocalDate from,

            @Schema(description = "Last day of the period (inclusive); at most about three years after from") @NotNull
            LocalDate until,

            @Schema(
                    description =
                            "Codes of the service points whose visits are replayed; empty or absent means the set's default points (its pilot's points, else the points it was published to, else all active points)")
            List<String> servicePoints) {}

    @Schema(name = "SimulationBreakdownRow", description = "The simulated decisions of one errand, profile or agency")
    public record Row(
            @Schema(description = "The errand code, profile code or agency code (empty when the errand had none)")
            String key,

            @Schema(description = "Decisions replayed and decided by the simulated set")
            long decisions,

            @Schema(description = "Of those, decisions with another support level than the stored one")
            long changed,

            @Schema(description = "Changed decisions that moved to a lighter support level")
            long lighter,

            @Schema(description = "Changed decisions that moved to a heavier support level")
            long heavier) {
        static Row of(SimulationTally.Breakdown b) {
            return new Row(b.getKey(), b.getDecisions(), b.getChanged(), b.getLighter(), b.getHeavier());
        }
    }

    @Schema(name = "SimulationResult", description = "What a finished simulation found")
    public record Result(
            @Schema(description = "Visits read in the period at the chosen points")
            long visits,

            @Schema(description = "Errands of those visits") long errands,

            @Schema(description = "Errands with a stored decision that the simulated set decided again (or failed to)")
            long replayed,

            @Schema(description = "Errands with no stored decision, so not replayed")
            long withoutStoredDecision,

            @Schema(description = "Replayed errands the simulated set could not decide (see problems)")
            long undecided,

            @Schema(description = "Decided errands whose support level changed")
            long changed,

            @Schema(description = "Share of the decided errands that changed, 0 to 1")
            double changedShare,

            @Schema(
                    description =
                            "Decisions by stored support level, then by simulated support level (level names as keys)")
            Map<String, Map<String, Long>> matrix,

            @Schema(
                    description =
                            "Measured average handling minutes of one errand per support level; null where no served errand measured it")
            Map<String, Double> averageHandlingMinutes,

            @Schema(description = "The estimated change in staff time")
            StaffHours.Estimate staffHours,

            @Schema(description = "Breakdown by errand, most changed first")
            List<Row> byErrand,

            @Schema(description = "Breakdown by customer profile, most changed first")
            List<Row> byProfile,

            @Schema(description = "Breakdown by agency, most changed first")
            List<Row> byAgency,

            @Schema(description = "Undecided errands by the engine's reason")
            Map<String, Long> problems) {}

    @Schema(
            name = "SimulationStatus",
            description = "A simulation: what it covers, its progress, and its result once done",
            properties = {
                @SchemaProperty(name = "ruleSetVersion", description = "Version number of the simulated rule set"),
                @SchemaProperty(name = "ruleSetId", description = "Id of the simulated rule set")
            })
    public record Status(
            @Schema(description = "Its id, for following, cancelling and paging it")
            String id,

            @Schema(description = "RUNNING, DONE, CANCELLED or FAILED")
            String state,

            long ruleSetId,
            int ruleSetVersion,

            @Schema(description = "First day of the period (inclusive)")
            LocalDate from,

            @Schema(description = "Last day of the period (inclusive)")
            LocalDate until,

            @Schema(description = "Codes of the service points covered")
            List<String> servicePoints,

            @Schema(description = "Visits replayed so far") long visitsDone,

            @Schema(description = "Progress, 0 to 100; 100 only once done")
            int percent,

            @Schema(description = "Running time in milliseconds once finished; 0 while running")
            long millis,

            @Schema(description = "The result; null until the simulation is done")
            Result result) {}

    @Schema(name = "SimulationChange", description = "One decision the simulated set changed, with both explanations")
    public record Change(
            @Schema(description = "Id of the visit") long visitId,

            @Schema(description = "Id of the errand within the visit")
            long errandId,

            @Schema(description = "When the customer arrived (ISO-8601 local date-time)")
            String arrivedAt,

            @Schema(description = "The errand's name in the requested language")
            String errand,

            @Schema(description = "The customer profile's name in the requested language")
            String profile,

            @Schema(description = "The agency's name in the requested language")
            String agency,

            @Schema(description = "The stored (current) support level")
            String currentLevel,

            @Schema(description = "Id of the rule that made the stored decision")
            String currentRule,

            @Schema(description = "The support level the simulated set gives")
            String newLevel,

            @Schema(description = "Id of the simulated set's rule that decided")
            String newRule,

            @Schema(
                    description =
                            "The decision explained with the rule set that made it; null when the stored decision names no rule set")
            Simulations.Side current,

            @Schema(description = "The decision explained with the simulated set")
            Simulations.Side simulated) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts a simulation (202 with Location); with wait=true runs it to the end (200)")
    public Response start(@NotNull @Valid Request request, @QueryParam("wait") boolean wait, @Context UriInfo uri) {
        List<Long> points =
                request.servicePoints() == null || request.servicePoints().isEmpty()
                        ? simulations.defaultPointsOf(request.ruleSetId())
                        : pointIds(request.servicePoints());
        SimulationJob job = wait
                ? simulations.run(request.ruleSetId(), request.from(), request.until(), points)
                : simulations.start(request.ruleSetId(), request.from(), request.until(), points);
        return Response.status(wait ? 200 : 202)
                .location(uri.getAbsolutePathBuilder().path(job.getId()).build())
                .entity(status(job))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Progress of a simulation, and its result once done")
    public Status one(@PathParam("id") String id) {
        return status(find(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancels a running simulation")
    public Status cancel(@PathParam("id") String id) {
        return status(simulations.cancel(find(id).getId()));
    }

    @GET
    @Path("{id}/changes")
    @Operation(
            summary =
                    "A page of the changed decisions, each explained with the set that decided then and the simulated set")
    public List<Change> changes(
            @PathParam("id") String id,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("20") int max,
            @Context HttpHeaders headers) {
        SimulationJob job = find(id);
        Locale locale = locale(headers);
        List<SimulationTally.Change> all = job.getTally().changes();
        int from = Math.max(0, Math.min(first, all.size()));
        int to = Math.min(all.size(), from + Math.max(0, Math.min(max, 200)));
        return all.subList(from, to).stream()
                .map(c -> {
                    Simulations.SideBySide x = simulations.explain(job, c);
                    return new Change(
                            c.visitId(),
                            c.errandId(),
                            c.arrivedAt().toString(),
                            labels.task(c.task(), locale),
                            labels.profile(c.profile(), locale),
                            labels.agency(c.agency(), locale),
                            c.current().name(),
                            c.currentRule(),
                            c.proposed().name(),
                            c.proposedRule(),
                            x.current(),
                            x.proposed());
                })
                .toList();
    }

    @GET
    @Path("{id}/export")
    @Produces({RowExport.CSV_TYPE, RowExport.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Every changed decision as CSV or XLSX (format=csv|xlsx)")
    public Response export(
            @PathParam("id") String id,
            @QueryParam("format") @DefaultValue("csv") String format,
            @Context HttpHeaders headers) {
        SimulationJob job = find(id);
        if (!RowExport.known(format)) {
            throw new WorkbenchRefused("rules.simulation.badFormat", "format csv or xlsx");
        }
        if (!job.isDone()) {
            throw new fi.asiointipiste.platform.i18n.RefusedAction("rules.simulation.notDone");
        }
        Locale locale = locale(headers);
        StreamingOutput body = out -> simulations.export(job, format, locale, labels, out);
        return Response.ok(body, "xlsx".equals(format) ? RowExport.XLSX_TYPE : RowExport.CSV_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"simulation-v" + job.getRuleSetVersion() + "." + format + "\"")
                .build();
    }

    private SimulationJob find(String id) {
        return simulations.job(id).orElseThrow(NotFoundException::new);
    }

    private List<Long> pointIds(List<String> codes) {
        List<ServicePoint> all = servicePoints.all();
        List<Long> ids = codes.stream()
                .distinct()
                .map(code -> all.stream()
                        .filter(p -> p.getCode().equals(code))
                        .findFirst()
                        .map(ServicePoint::getId)
                        .orElseThrow(() ->
                                new WorkbenchRefused("rules.simulation.unknownPoint", "unknown service point " + code)))
                .toList();
        return ids;
    }

    private Status status(SimulationJob job) {
        Map<Long, String> codes = new LinkedHashMap<>();
        servicePoints.all().forEach(p -> codes.put(p.getId(), p.getCode()));
        return new Status(
                job.getId(),
                job.getState().name(),
                job.getRuleSetId(),
                job.getRuleSetVersion(),
                job.getFrom(),
                job.getUntil(),
                job.getPointIds().stream().map(codes::get).toList(),
                job.getVisitsDone(),
                job.getPercent(),
                job.getMillis(),
                job.isDone() ? result(job) : null);
    }

    private static Result result(SimulationJob job) {
        SimulationTally t = job.getTally();
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        Map<String, Double> averages = new LinkedHashMap<>();
        for (SupportLevel from : SupportLevel.values()) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (SupportLevel to : SupportLevel.values()) {
                row.put(to.name(), t.count(from, to));
            }
            matrix.put(from.name(), row);
            averages.put(from.name(), t.averageMinutes(from));
        }
        return new Result(
                t.visits(),
                t.errands(),
                t.replayed(),
                t.notStored(),
                t.undecided(),
                t.changed(),
                t.changedShare(),
                matrix,
                averages,
                job.getStaffHours(),
                t.byTask().stream().map(Row::of).toList(),
                t.byProfile().stream().map(Row::of).toList(),
                t.byAgency().stream().map(Row::of).toList(),
                t.problems());
    }

    private static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        for (Locale l : accepted) {
            if (List.of("fi", "sv", "en").contains(l.getLanguage())) {
                return l;
            }
        }
        return Locale.forLanguageTag("fi");
    }
}
