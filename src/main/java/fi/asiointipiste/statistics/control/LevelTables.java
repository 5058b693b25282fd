package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.n;
import static fi.asiointipiste.statistics.control.Figures.ratio;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The support-levels view: errands per applied level with the visits at each level and their waiting and
 * handling minutes (average and 90th percentile from the duration histograms), then the errands' outcomes.
 */
@ApplicationScoped
public class LevelTables {

    private static final String[] LEVELS = {"SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE"};
    private static final String[] OUTCOMES = {"DONE", "REFERRED", "CONTINUES", "NOT_POSSIBLE"};

    @Inject
    StatisticsRows rows;

    public void fill(Dashboard d, StatisticsFilter f) {
        Sql errands = Sql.errands(f);
        Sql visits = Sql.visits(f);
        Sql durations = Sql.durations(f);
        d.add(levels(
                rows.rows(
                        "SELECT applied_level, SUM(tasks) FROM " + errands.from() + " s",
                        errands,
                        " GROUP BY applied_level"),
                rows.rows(
                        "SELECT level_rank, SUM(visits), SUM(wait_n), SUM(wait_sum), SUM(handle_n),"
                                + " SUM(handle_sum) FROM " + visits.from() + " s",
                        visits,
                        " GROUP BY level_rank"),
                rows.rows(
                        "SELECT level_rank, kind, minutes, SUM(visits) FROM " + durations.from() + " s",
                        durations,
                        " GROUP BY level_rank, kind, minutes")));
        d.add(outcomes(rows.single(
                "SELECT SUM(outcome_done), SUM(outcome_referred), SUM(outcome_continues),"
                        + " SUM(outcome_not_possible) FROM " + errands.from() + " s",
                errands)));
    }

    /**
     * errandRows: applied level, errands; visitRows: level rank, visits, waits, wait sum, handlings, handling
     * sum; durationRows: level rank, kind (W or H), minutes, visits. The share is of every errand, those without
     * a level included; a level drills down by its name.
     */
    static TableData levels(List<Object[]> errandRows, List<Object[]> visitRows, List<Object[]> durationRows) {
        Map<String, Long> errands = new HashMap<>();
        for (Object[] r : errandRows) {
            errands.put((String) r[0], n(r[1]));
        }
        long total = errands.values().stream().mapToLong(Long::longValue).sum();
        Map<Integer, Object[]> visits = new HashMap<>();
        for (Object[] r : visitRows) {
            visits.put(((Number) r[0]).intValue(), r);
        }
        Map<String, Map<Integer, Long>> histograms = new HashMap<>();
        for (Object[] r : durationRows) {
            histograms.computeIfAbsent(r[0] + "" + r[1], k -> new TreeMap<>()).put(((Number) r[2]).intValue(), n(r[3]));
        }
        TableData t = new TableData("levels", "statistics.levels")
                .column("statistics.col.level", Kind.LABEL)
                .column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.share", Kind.PERCENT)
                .column("statistics.col.visitsAtLevel", Kind.COUNT)
                .column("statistics.col.waitAvg", Kind.DECIMAL)
                .column("statistics.col.waitP90", Kind.DECIMAL)
                .column("statistics.col.handleAvg", Kind.DECIMAL)
                .column("statistics.col.handleP90", Kind.DECIMAL);
        for (int rank = 1; rank <= 3; rank++) {
            String level = LEVELS[rank - 1];
            long count = errands.getOrDefault(level, 0L);
            Object[] v = visits.getOrDefault(rank, new Object[] {rank, 0L, 0L, 0L, 0L, 0L});
            Integer p90w = Percentiles.of(histograms.getOrDefault(rank + "W", Map.of()), 90);
            Integer p90h = Percentiles.of(histograms.getOrDefault(rank + "H", Map.of()), 90);
            t.row(
                            "SupportLevel." + level,
                            count,
                            ratio(count, total),
                            n(v[1]),
                            ratio(n(v[3]), n(v[2])),
                            p90w == null ? null : p90w.doubleValue(),
                            ratio(n(v[5]), n(v[4])),
                            p90h == null ? null : p90h.doubleValue())
                    .drill(level);
        }
        return t;
    }

    /** r: errands done, referred, continuing, not possible. */
    static TableData outcomes(Object[] r) {
        long total = n(r[0]) + n(r[1]) + n(r[2]) + n(r[3]);
        TableData t = new TableData("outcomes", "statistics.outcomes")
                .column("statistics.col.outcome", Kind.LABEL)
                .column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.share", Kind.PERCENT);
        for (int i = 0; i < OUTCOMES.length; i++) {
            t.row("TaskOutcome." + OUTCOMES[i], n(r[i]), ratio(n(r[i]), total));
        }
        return t;
    }
}
