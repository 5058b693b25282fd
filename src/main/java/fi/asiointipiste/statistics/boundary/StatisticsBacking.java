package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.Dashboard;
import fi.asiointipiste.statistics.control.SmallCells;
import fi.asiointipiste.statistics.control.IndependenceQueries;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.StatisticsQueries;
import fi.asiointipiste.statistics.control.StatisticsView;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.event.ItemSelectEvent;

/**
 * One statistics view (overview, errands, levels, ...): reads the shared filter from the query string, computes
 * only that view's tables, and turns filter changes and drill-downs into a new bookmarkable GET. Only points
 * the signed-in user works at are ever queried.
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

    @Inject
    IndependenceQueries independence;

    @Inject
    StatisticsParameters parameters;

    @Inject
    LocaleSelection localeSelection;

    private StatisticsView view = StatisticsView.OVERVIEW;
    private Dashboard dashboard;
    private TableData drill;
    private List<String> filterLines = List.of();
    private List<TableData> printTables = List.of();

    /**
     * The view action of every statistics page: {@code page} is the view's {@link StatisticsView#page()}, or
     * "print" for the printable report of every view.
     */
    public void load(String page) {
        view = StatisticsView.ofPage(page).orElse(StatisticsView.OVERVIEW);
        parameters.read(allowedIds(), clock.today());
        parameters.known(getProfileOptions().keySet(), getTaskOptions().keySet());
        if ("print".equals(page)) {
            dashboard = queries.dashboard(filter(), parameters.getGrain(), locale());
            filterLines = exports.filterLines(filter(), parameters.getGrain(), locale());
            printTables = new ArrayList<>(dashboard.getTables());
            // Independence over time keeps neither errand nor channel: printed only when neither narrows the report.
            if (filter().channel() == null && filter().taskId() == null) {
                printTables.addAll(independence.tables(filter()).values());
            }
            return;
        }
        dashboard = queries.view(view, filter(), parameters.getGrain(), locale());
        if (view == StatisticsView.ERRANDS && parameters.ruleSetId() != null) {
            drill = queries.overriddenBy(filter(), parameters.ruleSetId(), parameters.ruleId(), locale());
        }
    }

    /** Apply: the same view again with the chosen filter in its query string. */
    public String apply() {
        return parameters.valid(allowedIds()) ? self() : null;
    }

    /** The last full calendar quarter: the question supervisors report on. */
    public String lastQuarter() {
        LocalDate startOfThis = clock.today().with(IsoFields.DAY_OF_QUARTER, 1);
        parameters.setFrom(startOfThis.minusMonths(3));
        parameters.setUntil(startOfThis.minusDays(1));
        return apply();
    }

    public String clearTask() {
        parameters.setTaskId(null);
        return apply();
    }

    /** A click on a bar of the errand chart: the same drill-down as the table's link, as a redirect. */
    public void onTaskSelect(ItemSelectEvent event) {
        TableData tasks = dashboard.table("tasks");
        if (event.getItemIndex() >= 0 && event.getItemIndex() < tasks.getRows().size()) {
            parameters.setTaskId(Long.valueOf(tasks.drillOf(event.getItemIndex())));
            FacesContext faces = FacesContext.getCurrentInstance();
            String url = faces.getApplication().getViewHandler().getBookmarkableURL(faces,
                    "/statistics/" + view.page() + ".xhtml", Map.of(), true);
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().encodeRedirectURL(url, Map.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String self() {
        return "/statistics/" + view.page() + "?faces-redirect=true&includeViewParams=true";
    }

    StatisticsFilter filter() {
        return parameters.filter(allowedIds());
    }

    private List<Long> allowedIds() {
        return staff.getServicePoints().stream().map(ServicePoint::getId).toList();
    }

    /** The user's language; the view root has not taken it over yet when the view action runs. */
    Locale locale() {
        return localeSelection.getLocale();
    }

    public void export(String tableId, String format) {
        TableData table = "drill".equals(tableId) ? drill : dashboard == null ? null : dashboard.table(tableId);
        if (table == null) {
            Messages.error("statistics.error.export");
            return;
        }
        exports.send(table, format, filter(), parameters.getGrain(), locale());
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

    public StatisticsView[] getViews() {
        return StatisticsView.values();
    }

    public StatisticsView getView() {
        return view;
    }

    public StatisticsParameters getFilter() {
        return parameters;
    }

    /** A table as the printout shows it: small cells suppressed as in the exports. */
    public List<List<Object>> cells(TableData table) {
        return SmallCells.suppress(table);
    }

    /** The printable report: every view's tables, then independence over time when it applies. */
    public List<TableData> getPrintTables() {
        return printTables;
    }

    public List<String> getFilterLines() {
        return filterLines;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public TableData getDrill() {
        return drill;
    }
}
