package fi.asiointipiste.statistics.control;

import fi.asiointipiste.organisation.entity.ServicePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable report: the filter in words, every view's tables, then independence over time, which keeps
 * neither errand nor channel and is therefore printed only when neither narrows the report.
 */
@ApplicationScoped
public class PrintableReport {

    /** What print.xhtml shows; the dashboard is kept for the page's other figures. */
    public record Printout(List<String> filterLines, Dashboard dashboard, List<TableData> tables)
            implements Serializable {

        public static final Printout EMPTY = new Printout(List.of(), null, List.of());
    }

    @Inject
    Dashboards dashboards;

    @Inject
    IndependenceQueries independence;

    @Inject
    FilterDescription description;

    public Printout print(StatisticsFilter filter, TimeGrain grain, Locale locale, List<ServicePoint> points) {
        Dashboard dashboard = dashboards.dashboard(filter, grain, locale);
        List<TableData> tables = new ArrayList<>(dashboard.getTables());
        if (includesIndependence(filter)) {
            Map<String, TableData> byId = independence.tables(filter);
            tables.add(byId.get(IndependenceQueries.ORDINALS));
            tables.add(byId.get(IndependenceQueries.TRANSITIONS));
        }
        return new Printout(description.lines(filter, grain, locale, points), dashboard, List.copyOf(tables));
    }

    static boolean includesIndependence(StatisticsFilter filter) {
        return filter.channel() == null && filter.taskId() == null;
    }
}
