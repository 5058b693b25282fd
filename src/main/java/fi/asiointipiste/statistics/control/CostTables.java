package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.day;
import static fi.asiointipiste.statistics.control.Figures.dbl;
import static fi.asiointipiste.statistics.control.Figures.n;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cost sharing: errands, shared visits and handling minutes per point, month, commissioning agency and level
 * (a visit and its handling time are divided evenly between its errands).
 */
@ApplicationScoped
public class CostTables {

    @Inject
    StatisticsRows rows;

    public void fill(Dashboard d, StatisticsFilter f, String lang) {
        Sql errands = Sql.errands(f);
        d.add(costs(rows.rows(
                "SELECT sp.name, s.stat_day, a.name_" + lang + ", s.applied_level, SUM(s.tasks),"
                        + " SUM(s.visit_share), SUM(s.handle_minutes) FROM " + errands.from() + " s"
                        + " JOIN service_point sp ON sp.id = s.service_point_id"
                        + " JOIN service_task st ON st.id = s.service_task_id JOIN agency a ON a.id = st.agency_id",
                errands,
                " GROUP BY sp.name, s.stat_day, a.name_" + lang + ", s.applied_level")));
    }

    /**
     * Rows: point, day (or a month's first day), agency, applied level, errands, visit share, handling minutes.
     * Days are summed into their month; rows come in the order of point, month, agency and level.
     */
    static TableData costs(List<Object[]> rows) {
        Map<List<Object>, double[]> sums =
                new TreeMap<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        for (Object[] r : rows) {
            List<Object> key = List.of(r[0], TimeGrain.MONTH.label(day(r[1])), r[2], r[3]);
            double[] v = sums.computeIfAbsent(key, k -> new double[3]);
            v[0] += n(r[4]);
            v[1] += dbl(r[5]);
            v[2] += dbl(r[6]);
        }
        TableData t = new TableData("costs", "statistics.costs")
                .column("statistics.col.point", Kind.TEXT)
                .column("statistics.col.month", Kind.TEXT)
                .column("statistics.col.agency", Kind.TEXT)
                .column("statistics.col.level", Kind.LABEL)
                .column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.visitShare", Kind.DECIMAL)
                .column("statistics.col.handleMinutes", Kind.DECIMAL);
        sums.forEach((k, v) -> t.row(
                k.get(0),
                k.get(1),
                k.get(2),
                "NONE".equals(k.get(3)) ? "statistics.noLevel" : "SupportLevel." + k.get(3),
                Math.round(v[0]),
                v[1],
                v[2]));
        return t;
    }
}
