package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.day;
import static fi.asiointipiste.statistics.control.Figures.n;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time and load: visits, errands and overrides per day, week or month against the previous period of the same
 * length (also on the overview), and the weekday × hour heat map of arrivals with its table.
 */
@ApplicationScoped
public class TimeTables {

    @Inject
    StatisticsRows rows;

    public void series(Dashboard d, StatisticsFilter f, TimeGrain grain) {
        d.add(series(byGrain(f, grain), byGrain(f.previous(), grain)));
    }

    /** The heat map: average arrivals per hour on each weekday of the period. */
    public void heatmap(Dashboard d, StatisticsFilter f) {
        Sql arrivals = Sql.arrivals(f);
        HeatMap map = heatMap(
                rows.rows(
                        "SELECT stat_day, hour_of_day, SUM(visits) FROM " + arrivals.from() + " s",
                        arrivals,
                        " GROUP BY stat_day, hour_of_day"),
                f.from(),
                f.until());
        d.add(heatmapTable(map));
        d.heatMap = map;
    }

    private Map<String, long[]> byGrain(StatisticsFilter f, TimeGrain grain) {
        Sql arrivals = Sql.arrivals(f);
        return buckets(
                f.from(),
                f.until(),
                grain,
                rows.rows(
                        "SELECT stat_day, SUM(visits), SUM(tasks)," + " SUM(overridden) FROM " + arrivals.from() + " s",
                        arrivals,
                        " GROUP BY stat_day"));
    }

    /** dayRows: day, visits, errands, overridden → one bucket per period of the grain, empty ones included. */
    static Map<String, long[]> buckets(LocalDate from, LocalDate until, TimeGrain grain, List<Object[]> dayRows) {
        Map<String, long[]> buckets = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            buckets.putIfAbsent(grain.label(day), new long[3]);
        }
        for (Object[] r : dayRows) {
            long[] b = buckets.get(grain.label(day(r[0])));
            b[0] += n(r[1]);
            b[1] += n(r[2]);
            b[2] += n(r[3]);
        }
        return buckets;
    }

    /** The n-th period beside the previous period's n-th: the two periods are equally long. */
    static TableData series(Map<String, long[]> current, Map<String, long[]> previous) {
        List<long[]> before = new ArrayList<>(previous.values());
        TableData t = new TableData("time", "statistics.time")
                .column("statistics.col.period", Kind.TEXT)
                .column("statistics.col.visits", Kind.COUNT)
                .column("statistics.col.previousVisits", Kind.COUNT)
                .column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.overridden", Kind.COUNT);
        int i = 0;
        for (Map.Entry<String, long[]> e : current.entrySet()) {
            long prev = i < before.size() ? before.get(i)[0] : 0;
            t.row(e.getKey(), e.getValue()[0], prev, e.getValue()[1], e.getValue()[2]);
            i++;
        }
        return t;
    }

    /** hourRows: day, hour, arrivals. */
    static HeatMap heatMap(List<Object[]> hourRows, LocalDate from, LocalDate until) {
        long[][] counts = new long[7][24];
        for (Object[] r : hourRows) {
            counts[day(r[0]).getDayOfWeek().getValue() - 1][((Number) r[1]).intValue()] += n(r[2]);
        }
        return new HeatMap(counts, from, until);
    }

    /** The heat map as a table (for its exports): a column per hour with arrivals, then the weekday's visits. */
    static TableData heatmapTable(HeatMap map) {
        TableData t = new TableData("heatmap", "statistics.heatmap").column("statistics.col.weekday", Kind.LABEL);
        for (int h : map.getHours()) {
            t.column(TableData.literal(String.format("%02d", h)), Kind.DECIMAL);
        }
        t.column("statistics.col.visits", Kind.COUNT);
        for (HeatMap.Row row : map.getRows()) {
            List<Object> cells = new ArrayList<>();
            cells.add("DayOfWeek." + row.getWeekday());
            cells.addAll(row.getAverages());
            cells.add(row.getTotal());
            t.row(cells.toArray());
        }
        return t;
    }
}
