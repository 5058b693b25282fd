package fi.asiointipiste.statistics.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one statistics view shows: headline figures and the tables (which the charts also draw). */
public class Dashboard implements Serializable {

    private final Map<String, TableData> tables = new LinkedHashMap<>();
    long visits;
    long noShows;
    long tasks;
    long overridden;
    long selfDone;
    long feedback;
    Double cesAverage;
    FeedbackSummary nps;
    long previousVisits;
    HeatMap heatMap;

    void add(TableData table) {
        tables.put(table.getId(), table);
    }

    public TableData table(String id) {
        return tables.get(id);
    }

    public List<TableData> getTables() {
        return List.copyOf(tables.values());
    }

    public Map<String, TableData> getById() {
        return tables;
    }

    public long getVisits() {
        return visits;
    }

    public long getNoShows() {
        return noShows;
    }

    public long getTasks() {
        return tasks;
    }

    public long getOverridden() {
        return overridden;
    }

    public Double getOverrideRate() {
        return tasks == 0 ? null : (double) overridden / tasks;
    }

    public Double getSelfDoneShare() {
        return tasks == 0 ? null : (double) selfDone / tasks;
    }

    public long getFeedback() {
        return feedback;
    }

    /** Answers per served (not no-show) visit. */
    public Double getResponseRate() {
        long served = visits - noShows;
        return served == 0 ? null : (double) feedback / served;
    }

    public Double getCesAverage() {
        return cesAverage;
    }

    public FeedbackSummary getNps() {
        return nps;
    }

    public HeatMap getHeatMap() {
        return heatMap;
    }

    public long getPreviousVisits() {
        return previousVisits;
    }

    public Double getVisitTrend() {
        return previousVisits == 0 ? null : (double) (visits - previousVisits) / previousVisits;
    }
}
