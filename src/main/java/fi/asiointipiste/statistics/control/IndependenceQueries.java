package fi.asiointipiste.statistics.control;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code stat_independence_day} (V9) into the two tables of the independence view: level mix and
 * self-done share by the customer's visit ordinal, and the changes from the previous visit. Counts only.
 * The filter's points, period and profile apply; channel and errand do not (the table has neither).
 */
@ApplicationScoped
public class IndependenceQueries {

    public static final String ORDINALS = "ordinals";
    public static final String TRANSITIONS = "transitions";

    /** Sums per ordinal: visits, errands, self-done, visits per level 1..3, then the six change counts. */
    static final int VISITS = 0;

    static final int TASKS = 1;
    static final int SELF_DONE = 2;
    static final int LEVEL = 3;
    static final int CHANGES = 6;

    @Inject
    StatisticsRows rows;

    public Map<String, TableData> tables(StatisticsFilter filter) {
        long[][] sums = new long[IndependenceChain.LAST_ORDINAL + 1][CHANGES + 6];
        if (!filter.pointIds().isEmpty()) {
            Sql where = Sql.independence(filter);
            for (Object[] r : rows.rows(
                    "SELECT visit_ordinal, level_rank, SUM(visits), SUM(tasks), SUM(self_done),"
                            + " SUM(level_lower), SUM(level_same), SUM(level_higher), SUM(share_up), SUM(share_same),"
                            + " SUM(share_down) FROM " + where.from() + " s",
                    where,
                    " GROUP BY visit_ordinal, level_rank")) {
                add(sums, ((Number) r[0]).intValue(), ((Number) r[1]).intValue(), values(r));
            }
        }
        return Map.of(ORDINALS, ordinals(sums), TRANSITIONS, transitions(sums));
    }

    private static long[] values(Object[] r) {
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            v[i] = Figures.n(r[i + 2]);
        }
        return v;
    }

    /** Adds one aggregate row (visits, tasks, self-done, then the six change counts) to the per-ordinal sums. */
    static void add(long[][] sums, int ordinal, int levelRank, long[] v) {
        long[] s = sums[ordinal];
        s[VISITS] += v[0];
        s[TASKS] += v[1];
        s[SELF_DONE] += v[2];
        if (levelRank >= 1 && levelRank <= 3) {
            s[LEVEL + levelRank - 1] += v[0];
        }
        for (int i = 0; i < 6; i++) {
            s[CHANGES + i] += v[3 + i];
        }
    }

    static TableData ordinals(long[][] sums) {
        TableData t = new TableData(ORDINALS, "statistics.independence.ordinals")
                .column("statistics.independence.col.ordinal", Kind.LABEL)
                .column("statistics.col.visits", Kind.COUNT)
                .column("statistics.independence.col.selfService", Kind.PERCENT)
                .column("statistics.independence.col.guided", Kind.PERCENT)
                .column("statistics.independence.col.full", Kind.PERCENT)
                .column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.selfDone", Kind.COUNT)
                .column("statistics.independence.col.selfDoneShare", Kind.PERCENT);
        for (int ordinal = 1; ordinal <= IndependenceChain.LAST_ORDINAL; ordinal++) {
            long[] s = sums[ordinal];
            t.row(
                    "statistics.independence.ordinal." + ordinal,
                    s[VISITS],
                    Figures.ratio(s[LEVEL], s[VISITS]),
                    Figures.ratio(s[LEVEL + 1], s[VISITS]),
                    Figures.ratio(s[LEVEL + 2], s[VISITS]),
                    s[TASKS],
                    s[SELF_DONE],
                    Figures.ratio(s[SELF_DONE], s[TASKS]));
        }
        return t;
    }

    static TableData transitions(long[][] sums) {
        TableData t = new TableData(TRANSITIONS, "statistics.independence.transitions")
                .column("statistics.independence.col.transition", Kind.LABEL)
                .column("statistics.col.visits", Kind.COUNT);
        for (String change : List.of("levelLower", "levelSame", "levelHigher", "shareUp", "shareSame", "shareDown")) {
            t.column("statistics.independence.col." + change, Kind.COUNT);
        }
        for (int ordinal = 2; ordinal <= IndependenceChain.LAST_ORDINAL; ordinal++) {
            long[] s = sums[ordinal];
            List<Object> row = new ArrayList<>();
            row.add("statistics.independence.transition." + ordinal);
            row.add(s[VISITS]);
            for (int i = 0; i < 6; i++) {
                row.add(s[CHANGES + i]);
            }
            t.row(row.toArray());
        }
        return t;
    }
}
