package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.n;
import static fi.asiointipiste.statistics.control.Figures.ratio;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The errands view's table per errand: errands per applied level, overrides and CES; an errand drills down. */
@ApplicationScoped
public class ErrandTables {

    @Inject
    StatisticsRows rows;

    public void fill(Dashboard d, StatisticsFilter f, String lang) {
        Sql errands = Sql.errands(f);
        d.add(tasks(rows.rows(
                "SELECT st.id, st.name_" + lang + ", a.name_" + lang + ", SUM(s.tasks),"
                        + Sql.TASKS_PER_LEVEL
                        + " SUM(CASE WHEN s.applied_level <> s.recommended_level AND s.recommended_level <> 'NONE'"
                        + " AND s.applied_level <> 'NONE' THEN s.tasks ELSE 0 END), SUM(s.ces_n), SUM(s.ces_sum)"
                        + " FROM " + errands.from() + " s JOIN service_task st ON st.id = s.service_task_id"
                        + " JOIN agency a ON a.id = st.agency_id",
                errands,
                " GROUP BY st.id, st.name_" + lang + ", a.name_" + lang + " ORDER BY 8 DESC, 4 DESC")));
    }

    /** Rows: errand id, name, agency, errands, per level (3), overridden, CES answers, CES sum. */
    static TableData tasks(List<Object[]> rows) {
        TableData t = new TableData("tasks", "statistics.tasks.title")
                .column("statistics.col.task", Kind.TEXT)
                .column("statistics.col.agency", Kind.TEXT)
                .column("statistics.col.errands", Kind.COUNT)
                .column("SupportLevel.SELF_SERVICE", Kind.COUNT)
                .column("SupportLevel.GUIDED", Kind.COUNT)
                .column("SupportLevel.FULL_ASSISTANCE", Kind.COUNT)
                .column("statistics.col.overridden", Kind.COUNT)
                .column("statistics.col.overrideRate", Kind.PERCENT)
                .column("statistics.col.cesAvg", Kind.DECIMAL);
        for (Object[] r : rows) {
            t.row(
                            r[1],
                            r[2],
                            n(r[3]),
                            n(r[4]),
                            n(r[5]),
                            n(r[6]),
                            n(r[7]),
                            ratio(n(r[7]), n(r[3])),
                            ratio(n(r[9]), n(r[8])))
                    .drill(String.valueOf(r[0]));
        }
        return t;
    }
}
