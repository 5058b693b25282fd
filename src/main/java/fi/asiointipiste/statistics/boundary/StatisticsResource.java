package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.rest.InvalidRequest;
import fi.asiointipiste.platform.rest.Problem;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.Dashboard;
import fi.asiointipiste.statistics.control.Dashboards;
import fi.asiointipiste.statistics.control.FilterOptions;
import fi.asiointipiste.statistics.control.FilterParser;
import fi.asiointipiste.statistics.control.SmallCells;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.StatisticsView;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervisors' statistics views for an agency's reporting: the same figures as the pages, with the same filter
 * (period, points, profile, channel, errand, time grain), only for the caller's points, and the same privacy rule as
 * the exports (counts of 1–4 shown as "&lt;5", docs/statistics.md). Labels and headers in the caller's language.
 */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("SUPERVISOR")
@Tag(name = "Statistics", description = "Aggregated figures for supervisors")
public class StatisticsResource {

    /** The default period: the last 90 days, as on the pages. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    SignedInStaff staff;

    @Inject
    Dashboards dashboards;

    @Inject
    FilterOptions options;

    @Inject
    ServiceClock clock;

    @Context
    HttpHeaders headers;

    @Schema(name = "StatisticsView", description = "One view's headline figures and tables")
    public record ViewJson(
            @Schema(description = "The view") String view,

            @Schema(description = "The filter the figures are for")
            FilterJson filter,

            @Schema(description = "Headline figures (as the view's page shows them)")
            Map<String, Object> headline,

            @Schema(description = "The view's tables, small counts suppressed")
            List<TableJson> tables) {}

    @Schema(name = "StatisticsFilter", description = "The filter as applied")
    public record FilterJson(
            @Schema(description = "First day") LocalDate from,
            @Schema(description = "Last day (included)") LocalDate until,
            @Schema(description = "Service point ids") List<Long> points,

            @Schema(description = "Customer profile id, if narrowed")
            Long profile,

            @Schema(description = "Channel, if narrowed") String channel,

            @Schema(description = "Errand (service task) id, if narrowed")
            Long task,

            @Schema(description = "Time grain of time series")
            TimeGrain grain) {}

    @Schema(name = "StatisticsTable", description = "A table as the page and the exports show it")
    public record TableJson(
            @Schema(description = "The table's id within the view")
            String id,

            @Schema(description = "The title in the caller's language")
            String title,

            @Schema(description = "The columns") List<ColumnJson> columns,

            @Schema(description = "The rows: numbers, texts, or \"<5\" / \"–\" where a small count is suppressed")
            List<List<Object>> rows) {}

    @Schema(name = "StatisticsColumn", description = "A column of a statistics table")
    public record ColumnJson(
            @Schema(description = "Stable key of the header")
            String key,

            @Schema(description = "The header in the caller's language")
            String label,

            @Schema(description = "LABEL, TEXT, COUNT, DECIMAL or PERCENT (a share 0–1)")
            String kind) {}

    @GET
    @Path("{view}")
    @Operation(
            summary = "One statistics view",
            description = "Views: overview, errands, levels, feedback, time, "
                    + "breakdowns, costs. A bad parameter is 400 naming it.")
    @APIResponse(
            responseCode = "200",
            description = "The view",
            content = @Content(schema = @Schema(implementation = ViewJson.class)))
    public ViewJson view(
            @Parameter(description = "overview, errands, levels, feedback, time, breakdowns or costs")
                    @PathParam("view")
                    String view,
            @Parameter(description = "First day yyyy-MM-dd (default: 90 days ago)") @QueryParam("from") String from,
            @Parameter(description = "Last day yyyy-MM-dd (default: today)") @QueryParam("until") String until,
            @Parameter(description = "Service point ids, comma-separated (default: all of the caller's)")
                    @QueryParam("points")
                    String points,
            @Parameter(description = "Customer profile id") @QueryParam("profile") String profile,
            @Parameter(description = "WALK_IN, APPOINTMENT or REMOTE") @QueryParam("channel") String channel,
            @Parameter(description = "Errand (service task) id") @QueryParam("task") String task,
            @Parameter(description = "DAY, WEEK, MONTH or QUARTER (default WEEK)") @QueryParam("grain") String grain) {
        StatisticsView chosen = Arrays.stream(StatisticsView.values())
                .filter(v -> v.name().equalsIgnoreCase(view))
                .findFirst()
                .orElseThrow(() -> InvalidRequest.of("api.statistics.view", "view"));
        Locale locale = Problem.language(headers.getAcceptableLanguages());
        List<Long> allowed =
                staff.getServicePoints().stream().map(ServicePoint::getId).toList();
        FilterParser.Parsed p = FilterParser.parse(
                new FilterParser.Raw(from, until, points, profile, channel, task, grain, null),
                allowed,
                clock.today(),
                DEFAULT_DAYS);
        if (!p.errors().isEmpty()) {
            throw new InvalidRequest(400, p.errors().get(0), Map.of());
        }
        if (p.profileId() != null && !options.profiles(locale).containsKey(p.profileId())
                || p.taskId() != null && !options.tasks(locale).containsKey(p.taskId())) {
            throw new InvalidRequest(400, FilterParser.FILTER_ERROR, Map.of());
        }
        StatisticsFilter filter =
                new StatisticsFilter(p.points(), p.from(), p.until(), p.profileId(), p.channel(), p.taskId());
        Dashboard d = dashboards.view(chosen, filter, p.grain(), locale);
        Function<String, String> translate = key -> Messages.text(locale, key);
        return new ViewJson(
                chosen.name().toLowerCase(Locale.ROOT),
                new FilterJson(p.from(), p.until(), p.points(), p.profileId(), p.channel(), p.taskId(), p.grain()),
                headline(d),
                d.getTables().stream().map(t -> table(t, translate)).toList());
    }

    private static Map<String, Object> headline(Dashboard d) {
        Map<String, Object> h = new java.util.LinkedHashMap<>();
        h.put("visits", d.getVisits());
        h.put("noShows", d.getNoShows());
        h.put("tasks", d.getTasks());
        h.put("overridden", d.getOverridden());
        h.put("overrideRate", d.getOverrideRate());
        h.put("selfDoneShare", d.getSelfDoneShare());
        h.put("feedback", d.getFeedback());
        h.put("responseRate", d.getResponseRate());
        h.put("cesAverage", d.getCesAverage());
        h.put("nps", d.getNps() == null ? null : d.getNps().nps());
        h.put("previousVisits", d.getPreviousVisits());
        h.put("visitTrend", d.getVisitTrend());
        return h;
    }

    static TableJson table(TableData t, Function<String, String> translate) {
        List<ColumnJson> columns = t.getColumnIndexes().stream()
                .map(c -> new ColumnJson(
                        t.getHeaderKeys().get(c),
                        TableData.text(t.getHeaderKeys().get(c), translate),
                        t.kind(c).name()))
                .toList();
        List<List<Object>> rows = SmallCells.suppress(t).stream()
                .map(row -> {
                    List<Object> cells = new java.util.ArrayList<>(row);
                    for (int c = 0; c < cells.size(); c++) {
                        if (t.kind(c) == TableData.Kind.LABEL && cells.get(c) instanceof String key) {
                            cells.set(c, TableData.text(key, translate));
                        }
                    }
                    return cells;
                })
                .toList();
        return new TableJson(t.getId(), TableData.text(t.getTitleKey(), translate), columns, rows);
    }
}
