package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.statistics.control.Dashboard;
import fi.asiointipiste.statistics.control.Dashboards;
import fi.asiointipiste.statistics.control.OverrideDrillDown;
import fi.asiointipiste.statistics.control.PrintableReport;
import fi.asiointipiste.statistics.control.PrintableReport.Printout;
import fi.asiointipiste.statistics.control.ReportingPeriod;
import fi.asiointipiste.statistics.control.SmallCells;
import fi.asiointipiste.statistics.control.StatisticsView;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ItemSelectEvent;

/**
 * One statistics view (overview, errands, levels, ...) or the printable report: reads the shared filter from
 * the query string, shows only that view's tables, and turns filter changes and drill-downs into a new
 * bookmarkable GET.
 */
@Named
@ViewScoped
public class StatisticsBacking extends StatisticsPage {

    @Inject
    Dashboards dashboards;

    @Inject
    OverrideDrillDown drillDown;

    @Inject
    PrintableReport report;

    private StatisticsView view = StatisticsView.OVERVIEW;
    private Dashboard dashboard;
    private TableData drill;
    private Printout printout = Printout.EMPTY;

    /** The view action of every statistics page: a {@link StatisticsView#page()}, or "print" for the report. */
    public void load(String page) {
        view = StatisticsView.ofPage(page).orElse(StatisticsView.OVERVIEW);
        parameters.read(allowedIds(), clock.today());
        parameters.known(getProfileOptions().keySet(), getTaskOptions().keySet());
        if ("print".equals(page)) {
            printout = report.print(filter(), grain(), locale(), staff.getServicePoints());
            dashboard = printout.dashboard();
            return;
        }
        dashboard = dashboards.view(view, filter(), grain(), locale());
        if (view == StatisticsView.ERRANDS && parameters.ruleSetId() != null) {
            drill = drillDown.overriddenBy(filter(), parameters.ruleSetId(), parameters.ruleId(), locale());
        }
    }

    /** Apply: the same view again with the chosen filter in its query string. */
    public String apply() {
        boolean valid = parameters.valid(allowedIds());
        return valid ? "/statistics/" + view.page() + "?faces-redirect=true&includeViewParams=true" : null;
    }

    public String lastQuarter() {
        parameters.setPeriod(ReportingPeriod.lastQuarter(clock.today()));
        return apply();
    }

    public String clearTask() {
        parameters.setTaskId(null);
        return apply();
    }

    /** A click on a bar of the errand chart: the same drill-down as the table's link, as a redirect. */
    public void onTaskSelect(ItemSelectEvent event) throws IOException {
        TableData tasks = dashboard.table("tasks");
        if (event.getItemIndex() >= 0 && event.getItemIndex() < tasks.getRows().size()) {
            parameters.setTaskId(Long.valueOf(tasks.drillOf(event.getItemIndex())));
            FacesContext faces = FacesContext.getCurrentInstance();
            String url = faces.getApplication()
                    .getViewHandler()
                    .getBookmarkableURL(faces, "/statistics/" + view.page() + ".xhtml", Map.of(), true);
            faces.getExternalContext().redirect(faces.getExternalContext().encodeRedirectURL(url, Map.of()));
        }
    }

    @Override
    public TableData table(String id) {
        return "drill".equals(id) ? drill : dashboard == null ? null : dashboard.table(id);
    }

    @Override
    protected TimeGrain grain() {
        return parameters.getGrain();
    }

    public Map<Long, String> getTaskOptions() {
        return options.tasks(locale());
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

    /** A table as the printout shows it: small cells suppressed as in the exports. */
    public List<List<Object>> cells(TableData table) {
        return SmallCells.suppress(table);
    }

    /** The printable report: every view's tables, then independence over time when it applies. */
    public List<TableData> getPrintTables() {
        return printout.tables();
    }

    public List<String> getFilterLines() {
        return printout.filterLines();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public TableData getDrill() {
        return drill;
    }
}
