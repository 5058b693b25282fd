package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.statistics.control.IndependenceQueries;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;

/**
 * Independence over time: how returning customers' support level and self-done share change from visit to
 * visit, for the chosen period, points (only those the supervisor works at) and profile. Bookmarkable as
 * {@code ?from=2026-01-01&until=2026-03-31&points=1,2&profile=3}; errand, channel and grain stay unset.
 */
@Named
@ViewScoped
public class IndependenceBacking extends StatisticsPage {

    @Inject
    IndependenceQueries queries;

    private Map<String, TableData> tables = Map.of();

    /** First render: reads the query parameters (default: the last year); a bad one is reported and left out. */
    public void load() {
        parameters.read(allowedIds(), clock.today(), 365);
        parameters.known(getProfileOptions().keySet(), Set.of());
        refresh();
    }

    public void apply() {
        if (parameters.valid(allowedIds())) {
            refresh();
        }
    }

    private void refresh() {
        tables = queries.tables(filter());
    }

    @Override
    public TableData table(String id) {
        return tables.get(id);
    }

    @Override
    protected TimeGrain grain() {
        return null;
    }

    public Map<String, TableData> getById() {
        return tables;
    }
}
