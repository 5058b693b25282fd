package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.IndependenceQueries;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.StatisticsQueries;
import fi.asiointipiste.statistics.control.TableData;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Independence over time: how returning customers' support level and self-done share change from visit to
 * visit, for the chosen period, points (only those the supervisor works at) and profile. Bookmarkable as
 * {@code ?from=2026-01-01&until=2026-03-31&points=1,2&profile=3}.
 */
@Named
@ViewScoped
public class IndependenceBacking implements Serializable {

    @Inject
    IndependenceQueries queries;

    @Inject
    StatisticsQueries statistics;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    StatisticsExports exports;

    /** The period, points and profile from the address or the form; errand, channel and grain stay unset. */
    @Inject
    StatisticsParameters filter;
    private Map<String, TableData> tables = Map.of();

    /** First render: reads the query parameters (default: the last year); a bad one is reported and left out. */
    public void load() {
        filter.read(allowedIds(), clock.today(), 365);
        filter.known(statistics.profiles(locale()).keySet(), Set.of());
        refresh();
    }

    public void apply() {
        if (filter.valid(allowedIds())) {
            refresh();
        }
    }

    private void refresh() {
        tables = queries.tables(filter());
    }

    StatisticsFilter filter() {
        return filter.filter(allowedIds());
    }

    private List<Long> allowedIds() {
        return new ArrayList<>(staff.getServicePoints().stream().map(ServicePoint::getId).toList());
    }

    Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public void export(String tableId, String format) {
        TableData table = tables.get(tableId);
        if (table == null) {
            Messages.error("statistics.error.export");
            return;
        }
        exports.send(table, format, filter(), null, locale());
    }

    public String text(String key) {
        return key == null ? "" : key.startsWith("#") ? key.substring(1) : Messages.text(locale(), key);
    }

    public String chart(String tableId, int labelColumn, String columns, String type) {
        return ChartJson.of(tables.get(tableId), labelColumn, columns, type, this::text);
    }

    public TableData table(String id) {
        return tables.get(id);
    }

    public Map<String, TableData> getById() {
        return tables;
    }

    public List<ServicePoint> getPointOptions() {
        return staff.getServicePoints();
    }

    public Map<Long, String> getProfileOptions() {
        return statistics.profiles(locale());
    }

    public StatisticsParameters getFilter() {
        return filter;
    }
}
