package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.n;
import static fi.asiointipiste.statistics.control.Figures.ratio;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The errands view's three override tables (by rule, by reason, by errand × profile × level pair) from one
 * pass over the override rows: the table is sparse, so its monthly rows are barely fewer than its daily ones,
 * and reading it once instead of three times matters at scale. A rule drills down ({@link OverrideDrillDown}).
 */
@ApplicationScoped
public class OverrideTables {

    @Inject
    StatisticsRows rows;

    @Inject
    FilterOptions options;

    public void fill(Dashboard d, StatisticsFilter f, Locale locale) {
        Sql where = Sql.overrides(f);
        Sums sums = new Sums();
        for (Object[] r : rows.rows(
                "SELECT s.rule_set_id, s.rule_id, s.override_reason, s.service_task_id,"
                        + " s.profile_id, s.recommended_level, s.applied_level, SUM(s.tasks), SUM(s.ces_n),"
                        + " SUM(s.ces_sum) FROM " + where.from() + " s",
                where,
                " GROUP BY s.rule_set_id, s.rule_id, s.override_reason, s.service_task_id, s.profile_id,"
                        + " s.recommended_level, s.applied_level")) {
            sums.add(r);
        }
        d.add(sums.rules(rows.names("SELECT id, CAST(version_no AS VARCHAR(20)) FROM rule_set")));
        d.add(sums.reasons());
        d.add(sums.byTaskAndProfile(options.tasks(locale), options.profiles(locale)));
    }

    /** Overridden errands, CES answers and CES sum, summed three ways. */
    static final class Sums {
        private final Map<List<Object>, long[]> byRule = new HashMap<>();
        private final Map<List<Object>, long[]> byReason = new HashMap<>();
        private final Map<List<Object>, long[]> byTaskAndProfile = new HashMap<>();

        /** Row: rule set id, rule id, reason, errand id, profile id, recommended, applied, errands, CES n, CES sum. */
        void add(Object[] r) {
            long[] v = {n(r[7]), n(r[8]), n(r[9])};
            sum(byRule, List.of(n(r[0]), r[1]), v);
            sum(byReason, List.of(r[2]), v);
            sum(byTaskAndProfile, List.of(n(r[3]), n(r[4]), r[5], r[6]), v);
        }

        /** versions: rule set id → version number; the drill-down key is "ruleSetId:ruleId". */
        TableData rules(Map<Long, String> versions) {
            TableData t = new TableData("rules", "statistics.rules")
                    .column("statistics.col.ruleSet", Kind.TEXT)
                    .column("statistics.col.rule", Kind.TEXT)
                    .column("statistics.col.overridden", Kind.COUNT)
                    .column("statistics.col.cesAvg", Kind.DECIMAL);
            for (Map.Entry<List<Object>, long[]> e : mostFirst(byRule)) {
                long ruleSet = (Long) e.getKey().get(0);
                long[] v = e.getValue();
                t.row("v" + versions.getOrDefault(ruleSet, "0"), e.getKey().get(1), v[0], ratio(v[2], v[1]))
                        .drill(ruleSet + ":" + e.getKey().get(1));
            }
            return t;
        }

        TableData reasons() {
            TableData t = new TableData("reasons", "statistics.reasons")
                    .column("statistics.col.reason", Kind.LABEL)
                    .column("statistics.col.overridden", Kind.COUNT)
                    .column("statistics.col.cesAvg", Kind.DECIMAL);
            for (Map.Entry<List<Object>, long[]> e : mostFirst(byReason)) {
                t.row("OverrideReason." + e.getKey().get(0), e.getValue()[0], ratio(e.getValue()[2], e.getValue()[1]));
            }
            return t;
        }

        /** tasks and profiles: id → name; errands without a profile have profile id 0 and show "–". */
        TableData byTaskAndProfile(Map<Long, String> tasks, Map<Long, String> profiles) {
            TableData t = new TableData("overrideTasks", "statistics.overrideTasks")
                    .column("statistics.col.task", Kind.TEXT)
                    .column("statistics.col.profile", Kind.TEXT)
                    .column("statistics.col.recommended", Kind.LABEL)
                    .column("statistics.col.applied", Kind.LABEL)
                    .column("statistics.col.overridden", Kind.COUNT)
                    .column("statistics.col.cesAvg", Kind.DECIMAL);
            for (Map.Entry<List<Object>, long[]> e : mostFirst(byTaskAndProfile)) {
                List<Object> k = e.getKey();
                long[] v = e.getValue();
                t.row(
                        tasks.get((Long) k.get(0)),
                        profiles.getOrDefault((Long) k.get(1), "–"),
                        "SupportLevel." + k.get(2),
                        "SupportLevel." + k.get(3),
                        v[0],
                        ratio(v[2], v[1]));
            }
            return t;
        }

        private static void sum(Map<List<Object>, long[]> sums, List<Object> key, long[] values) {
            long[] total = sums.computeIfAbsent(key, k -> new long[values.length]);
            for (int i = 0; i < values.length; i++) {
                total[i] += values[i];
            }
        }

        /** Largest count first; ties in a fixed order, so the page and its export list rows alike. */
        private static List<Map.Entry<List<Object>, long[]>> mostFirst(Map<List<Object>, long[]> sums) {
            List<Map.Entry<List<Object>, long[]>> entries = new ArrayList<>(sums.entrySet());
            entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                    ? Long.compare(b.getValue()[0], a.getValue()[0])
                    : String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
            return entries;
        }
    }
}
