package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.statistics.control.Difference;
import fi.asiointipiste.statistics.control.PilotFigures;
import fi.asiointipiste.statistics.control.PilotTables;
import fi.asiointipiste.statistics.control.ReportPeriods;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A pilot's report for systems and scripts (coordinators and supervisors of all the pilot's points): every measure
 * at the pilot and the comparison points before and during the pilot, the changes and the difference in
 * differences with 95 % confidence intervals, the verdicts, and the parking-lot notes of the pilot points. Like
 * every export, it follows the small-cell rule: a withheld value comes as null with {@code "withheld": true}.
 */
@Path("pilots/{id}/report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "SUPERVISOR"})
@Tag(name = "Pilots")
public class PilotReportResource {

    @Inject
    PilotReports reports;

    @Schema(
            name = "PilotReportPeriods",
            description = "The periods compared",
            properties = {
                @SchemaProperty(name = "beforeFrom", description = "First day before the pilot"),
                @SchemaProperty(name = "beforeUntil", description = "Last day before the pilot"),
                @SchemaProperty(name = "duringFrom", description = "First day during the pilot"),
                @SchemaProperty(name = "duringUntil", description = "Last day during the pilot (or today)")
            })
    public record Periods(LocalDate beforeFrom, LocalDate beforeUntil, LocalDate duringFrom, LocalDate duringUntil) {
        static Periods of(ReportPeriods p) {
            return p == null ? null : new Periods(p.beforeFrom(), p.beforeUntil(), p.duringFrom(), p.duringUntil());
        }
    }

    /** A value in the measure's unit and the errands, visits or answers it is of; null and withheld when small. */
    @Schema(
            name = "PilotReportValue",
            description = "A value in the measure's unit; null and withheld when it rests on too few cases",
            properties = {
                @SchemaProperty(name = "value", description = "The value"),
                @SchemaProperty(name = "observations", description = "The errands, visits or answers it is of"),
                @SchemaProperty(name = "withheld", description = "True when withheld as too small")
            })
    public record Value(Double value, Long observations, boolean withheld) {
        static Value of(PilotFigures.Cell cell, boolean hidden) {
            return hidden ? new Value(null, null, true) : new Value(cell.value(), cell.observations(), false);
        }
    }

    /** A difference with its 95 % confidence interval; null when there is too little data or a value is withheld. */
    @Schema(
            name = "PilotReportChange",
            description = "A difference with its 95 % confidence interval",
            properties = {
                @SchemaProperty(name = "estimate", description = "The difference"),
                @SchemaProperty(name = "standardError", description = "Its standard error"),
                @SchemaProperty(name = "low", description = "Lower end of the interval"),
                @SchemaProperty(name = "high", description = "Upper end of the interval")
            })
    public record Change(double estimate, double standardError, double low, double high) {
        static Change of(Difference d, boolean hidden) {
            return d == null || hidden ? null : new Change(d.estimate(), d.standardError(), d.low(), d.high());
        }
    }

    @Schema(
            name = "PilotReportMeasure",
            description = "One measure of the report",
            properties = {
                @SchemaProperty(name = "measure", description = "The measure"),
                @SchemaProperty(name = "unit", description = "Its unit"),
                @SchemaProperty(name = "deciding", description = "Whether it decides success"),
                @SchemaProperty(name = "direction", description = "The expected direction"),
                @SchemaProperty(name = "minimumChange", description = "The smallest change that counts"),
                @SchemaProperty(name = "verdict", description = "The verdict on it"),
                @SchemaProperty(name = "pilotBefore", description = "Pilot points before"),
                @SchemaProperty(name = "pilotDuring", description = "Pilot points during"),
                @SchemaProperty(name = "comparisonBefore", description = "Comparison points before"),
                @SchemaProperty(name = "comparisonDuring", description = "Comparison points during"),
                @SchemaProperty(name = "pilotChange", description = "Change at the pilot points"),
                @SchemaProperty(name = "comparisonChange", description = "Change at the comparison points"),
                @SchemaProperty(
                        name = "differenceInDifferences",
                        description = "The pilot's change less the comparison's")
            })
    public record Measure(
            String measure,
            String unit,
            boolean deciding,
            String direction,
            Double minimumChange,
            String verdict,
            Value pilotBefore,
            Value pilotDuring,
            Value comparisonBefore,
            Value comparisonDuring,
            Change pilotChange,
            Change comparisonChange,
            Change differenceInDifferences) {}

    @Schema(
            name = "PilotReportNote",
            description = "A parking-lot note of a pilot point",
            properties = {
                @SchemaProperty(name = "createdAt", description = "When written"),
                @SchemaProperty(name = "servicePoint", description = "The point"),
                @SchemaProperty(name = "status", description = "The note's status"),
                @SchemaProperty(name = "text", description = "The note")
            })
    public record Note(LocalDateTime createdAt, String servicePoint, String status, String text) {}

    @Schema(
            name = "PilotReport",
            description = "A pilot's report",
            properties = {
                @SchemaProperty(name = "pilotId", description = "The pilot"),
                @SchemaProperty(name = "name", description = "Its name"),
                @SchemaProperty(name = "hypothesis", description = "What it is expected to show"),
                @SchemaProperty(name = "ruleSetVersion", description = "The rule set version tried"),
                @SchemaProperty(
                        name = "targetProfile",
                        description = "The customer profile it is narrowed to (null: all)"),
                @SchemaProperty(
                        name = "targetAgency",
                        description = "The agency whose errands it is narrowed to (null: all)"),
                @SchemaProperty(name = "agencyId", description = "That agency's id"),
                @SchemaProperty(name = "pilotPoints", description = "Pilot points"),
                @SchemaProperty(name = "comparisonPoints", description = "Comparison points"),
                @SchemaProperty(name = "profileId", description = "The profile's id"),
                @SchemaProperty(name = "started", description = "Whether the pilot has started"),
                @SchemaProperty(name = "periods", description = "The periods compared"),
                @SchemaProperty(name = "measures", description = "Every measure"),
                @SchemaProperty(name = "notes", description = "The pilot points' parking-lot notes")
            })
    public record Report(
            long pilotId,
            String name,
            String hypothesis,
            int ruleSetVersion,
            String targetProfile,
            String targetAgency,
            Long agencyId,
            List<String> pilotPoints,
            List<String> comparisonPoints,
            Long profileId,
            boolean started,
            Periods periods,
            List<Measure> measures,
            List<Note> notes) {}

    @GET
    @Operation(
            summary = "A pilot's report",
            description =
                    "Difference in differences per measure: (pilot points"
                            + " during − before) − (comparison points during − before), each period's value a ratio of totals over"
                            + " point-days, 95 % intervals from cluster-robust standard errors (docs/user-guide/rules.md, Pilots).")
    @APIResponse(
            responseCode = "200",
            description = "The report; before the pilot's first day started is false and" + " there are no measures")
    @APIResponse(
            responseCode = "409",
            description = "Unknown pilot or profile, or a pilot point the user does not" + " work at")
    public Report report(
            @PathParam("id") long id,
            @Parameter(
                            description = "The customers the figures are of: a customer profile's id, 'all'"
                                    + " for every customer; by default the pilot's target profile (every customer when"
                                    + " it has none)")
                    @QueryParam("profile")
                    String customers,
            @Parameter(
                            description = "The errands the errand figures (support levels, overrides, self-done"
                                    + " errands) are of: an agency's id, 'all' for every errand; by default the pilot's"
                                    + " target agency")
                    @QueryParam("errands")
                    String errands) {
        PilotReport report = reports.report(id, customers, errands);
        var pilot = report.pilot();
        List<Measure> measures = List.of();
        if (report.isStarted()) {
            Map<PilotMeasure, boolean[]> hidden = PilotTables.hidden(report.figures());
            measures = report.figures().rows().stream()
                    .map(r -> measure(r, hidden.get(r.measure())))
                    .toList();
        }
        Map<Long, String> codes =
                pilot.allPoints().stream().collect(Collectors.toMap(ServicePoint::getId, ServicePoint::getCode));
        Function<ParkingLotNote, Note> note = n -> new Note(
                n.getCreatedAt(),
                codes.get(n.getServicePointId()),
                n.getStatus().name(),
                n.getText());
        return new Report(
                pilot.getId(),
                pilot.getName(),
                pilot.getHypothesis(),
                pilot.getRuleSet().getVersionNo(),
                pilot.getTargetProfileCode(),
                pilot.getTargetAgencyCode(),
                report.agencyId(),
                pilot.getPilotPoints().stream().map(ServicePoint::getCode).toList(),
                pilot.getComparisonPoints().stream().map(ServicePoint::getCode).toList(),
                report.profileId(),
                report.isStarted(),
                Periods.of(report.periods()),
                measures,
                report.notes().stream().map(note).toList());
    }

    private static Measure measure(PilotFigures.Row r, boolean[] h) {
        boolean anyHidden = h[0] || h[1] || h[2] || h[3];
        return new Measure(
                r.measure().name(),
                r.measure().unit().name(),
                r.isDeciding(),
                r.criterion() == null ? null : r.criterion().getDirection().name(),
                r.criterion() == null ? null : r.criterion().getMinimumChange(),
                r.verdict() == null ? null : r.verdict().name(),
                Value.of(r.pilotBefore(), h[0]),
                Value.of(r.pilotDuring(), h[1]),
                Value.of(r.comparisonBefore(), h[2]),
                Value.of(r.comparisonDuring(), h[3]),
                Change.of(r.pilotChange(), h[0] || h[1]),
                Change.of(r.comparisonChange(), h[2] || h[3]),
                Change.of(r.difference(), anyHidden));
    }
}
