package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.security.SignedInStaff;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.Dashboard;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.StatisticsQueries;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.annotation.PostConstruct;
import org.primefaces.event.ItemSelectEvent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The supervisor's statistics: filters, the dashboard and its breakdowns, drill-down from a chart or table
 * into errands or a rule's overridden visits. Only points the signed-in user works at are ever queried.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    @Inject
    StatisticsQueries queries;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    StatisticsExports exports;

    private LocalDate from;
    private LocalDate until;
    private List<Long> points = new ArrayList<>();
    private Long profileId;
    private String channel;
    private Long taskId;
    private TimeGrain grain = TimeGrain.WEEK;
    private Dashboard dashboard;
    private TableData drill;
    private String drillRule;
    private boolean costsShown;

    @PostConstruct
    void init() {
        until = clock.today();
        from = until.minusDays(89);
        points = allowedIds();
    }

    /** First render: the period may come as ?from=2026-01-01&amp;until=2026-03-31 (ISO dates, bookmarkable). */
    public void load() {
        try {
            if (fromParam != null && !fromParam.isBlank()) {
                from = LocalDate.parse(fromParam);
            }
            if (untilParam != null && !untilParam.isBlank()) {
                until = LocalDate.parse(untilParam);
            }
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error("statistics.error.period");
            init();
        }
        if (from.isAfter(until)) {
            Messages.error("statistics.error.period");
            init();
        }
        refresh();
    }

    private String fromParam;
    private String untilParam;

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getUntilParam() {
        return untilParam;
    }

    public void setUntilParam(String untilParam) {
        this.untilParam = untilParam;
    }

    public void apply() {
        if (from == null || until == null || from.isAfter(until)) {
            Messages.error("statistics.error.period");
            return;
        }
        if (points.isEmpty() || !allowedIds().containsAll(points)) {
            Messages.error("statistics.error.points");
            points = allowedIds();
            return;
        }
        drill = null;
        refresh();
    }

    /** The last full calendar quarter: the question supervisors report on. */
    public void lastQuarter() {
        LocalDate startOfThis = clock.today().with(IsoFields.DAY_OF_QUARTER, 1);
        from = startOfThis.minusMonths(3);
        until = startOfThis.minusDays(1);
        apply();
    }

    public void drillTask(String id) {
        taskId = Long.valueOf(id);
        apply();
    }

    /** A click on a bar of the errand chart: the same drill-down as the table's link. */
    public void onTaskSelect(ItemSelectEvent event) {
        TableData tasks = dashboard.table("tasks");
        if (event.getItemIndex() >= 0 && event.getItemIndex() < tasks.getRows().size()) {
            drillTask(tasks.drillOf(event.getItemIndex()));
        }
    }

    /** The cost-sharing table has a row per point, month, agency and level: shown on request, always exportable. */
    public void showCosts() {
        costsShown = true;
    }

    public boolean isCostsShown() {
        return costsShown;
    }

    public void clearTask() {
        taskId = null;
        apply();
    }

    public void drillRule(String key) {
        int colon = key.indexOf(':');
        drillRule = key;
        drill = queries.overriddenBy(filter(), Long.parseLong(key.substring(0, colon)), key.substring(colon + 1),
                locale());
    }

    private void refresh() {
        dashboard = queries.dashboard(filter(), grain, locale());
    }

    StatisticsFilter filter() {
        List<Long> allowed = allowedIds();
        return new StatisticsFilter(points.stream().filter(allowed::contains).toList(), from, until, profileId,
                channel, taskId);
    }

    private List<Long> allowedIds() {
        return new ArrayList<>(staff.getServicePoints().stream().map(ServicePoint::getId).toList());
    }

    Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public void export(String tableId, String format) {
        TableData table = "drill".equals(tableId) ? drill : dashboard.table(tableId);
        if (table == null) {
            Messages.error("statistics.error.export");
            return;
        }
        exports.send(table, format, filter(), grain, locale());
    }

    public String text(String key) {
        return key == null ? "" : key.startsWith("#") ? key.substring(1) : Messages.text(locale(), key);
    }

    public String chart(String tableId, int labelColumn, String columns, String type) {
        return ChartJson.of(dashboard.table(tableId), labelColumn, columns, type, this::text);
    }

    public List<ServicePoint> getPointOptions() {
        return staff.getServicePoints();
    }

    public Map<Long, String> getProfileOptions() {
        return queries.profiles(locale());
    }

    public Map<Long, String> getTaskOptions() {
        return queries.tasks(locale());
    }

    public TimeGrain[] getGrains() {
        return TimeGrain.values();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public TableData getDrill() {
        return drill;
    }

    public String getDrillRule() {
        return drillRule;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    /** The chosen points for the print link: ids separated by commas. */
    public String getPointList() {
        return String.join(",", points.stream().map(String::valueOf).toList());
    }

    public List<Long> getPoints() {
        return points;
    }

    public void setPoints(List<Long> points) {
        this.points = points == null ? new ArrayList<>() : new ArrayList<>(points);
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null || channel.isBlank() ? null : channel;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public TimeGrain getGrain() {
        return grain;
    }

    public void setGrain(TimeGrain grain) {
        this.grain = grain == null ? TimeGrain.WEEK : grain;
    }
}
