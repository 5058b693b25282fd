package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.dbl;
import static fi.asiointipiste.statistics.control.Figures.n;
import static fi.asiointipiste.statistics.control.Figures.ratio;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The breakdowns view: visit figures per customer profile, channel and service point (each row drills down by
 * its id or code), and errands per commissioning agency with their shared visits and handling minutes.
 */
@ApplicationScoped
public class BreakdownTables {

    @Inject
    StatisticsRows rows;

    public void fill(Dashboard d, StatisticsFilter f, String lang) {
        d.add(breakdown(
                "profiles",
                "statistics.col.profile",
                byVisits(
                        f,
                        "COALESCE(p.name_" + lang + ", '–')",
                        "LEFT JOIN customer_profile p ON p.id = s.profile_id",
                        "s.profile_id")));
        d.add(breakdown("channels", "statistics.col.channel", byVisits(f, "s.channel", "", "s.channel")));
        d.add(breakdown(
                "points",
                "statistics.col.point",
                byVisits(f, "sp.name", "JOIN service_point sp ON sp.id = s.service_point_id", "s.service_point_id")));
        Sql errands = Sql.errands(f);
        d.add(agencies(rows.rows(
                "SELECT a.name_" + lang + ", SUM(s.tasks)," + Sql.TASKS_PER_LEVEL
                        + " SUM(s.visit_share), SUM(s.handle_minutes)"
                        + " FROM " + errands.from() + " s JOIN service_task st ON st.id = s.service_task_id"
                        + " JOIN agency a ON a.id = st.agency_id",
                errands,
                " GROUP BY a.id, a.name_" + lang + " ORDER BY 2 DESC")));
    }

    /** The visit rows grouped by one column, shown as label (which join may bring), the group column last. */
    private List<Object[]> byVisits(StatisticsFilter f, String label, String join, String groupBy) {
        Sql visits = Sql.visits(f);
        return rows.rows(
                "SELECT " + label + ", SUM(s.visits), SUM(s.tasks), SUM(s.overridden),"
                        + " SUM(s.self_done), SUM(s.ces_n), SUM(s.ces_sum), SUM(s.nps_n), SUM(s.promoters),"
                        + " SUM(s.detractors), SUM(s.feedback_n), SUM(s.no_shows), " + groupBy
                        + " FROM " + visits.from() + " s " + join,
                visits,
                " GROUP BY " + groupBy + (label.equals(groupBy) ? "" : ", " + label) + " ORDER BY " + groupBy);
    }

    /**
     * Rows: label, visits, errands, overridden, self-done, CES answers, CES sum, NPS answers, promoters,
     * detractors, feedback answers, no-shows, group id. Channels are codes shown by their label key.
     */
    static TableData breakdown(String id, String labelKey, List<Object[]> rows) {
        boolean channels = id.equals("channels");
        TableData t = new TableData(id, "statistics." + id)
                .column(labelKey, channels ? Kind.LABEL : Kind.TEXT)
                .column("statistics.col.visits", Kind.COUNT)
                .column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.overridden", Kind.COUNT)
                .column("statistics.col.overrideRate", Kind.PERCENT)
                .column("statistics.col.selfDone", Kind.PERCENT)
                .column("statistics.col.cesAvg", Kind.DECIMAL)
                .column("statistics.col.nps", Kind.DECIMAL)
                .column("statistics.col.responseRate", Kind.PERCENT);
        for (Object[] r : rows) {
            Integer nps = new FeedbackSummary(0, null, n(r[7]), n(r[8]), n(r[9])).nps();
            t.row(
                    channels ? "Channel." + r[0] : r[0],
                    n(r[1]),
                    n(r[2]),
                    n(r[3]),
                    ratio(n(r[3]), n(r[2])),
                    ratio(n(r[4]), n(r[2])),
                    ratio(n(r[6]), n(r[5])),
                    nps == null ? null : nps.doubleValue(),
                    ratio(n(r[10]), n(r[1]) - n(r[11])));
            t.drill(String.valueOf(r[12]));
        }
        return t;
    }

    /** Rows: agency, errands, per level (3), visit share, handling minutes. */
    static TableData agencies(List<Object[]> rows) {
        TableData t = new TableData("agencies", "statistics.agencies")
                .column("statistics.col.agency", Kind.TEXT)
                .column("statistics.col.errands", Kind.COUNT)
                .column("SupportLevel.SELF_SERVICE", Kind.COUNT)
                .column("SupportLevel.GUIDED", Kind.COUNT)
                .column("SupportLevel.FULL_ASSISTANCE", Kind.COUNT)
                .column("statistics.col.visitShare", Kind.DECIMAL)
                .column("statistics.col.handleMinutes", Kind.DECIMAL);
        for (Object[] r : rows) {
            t.row(r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), dbl(r[5]), dbl(r[6]));
        }
        return t;
    }
}
