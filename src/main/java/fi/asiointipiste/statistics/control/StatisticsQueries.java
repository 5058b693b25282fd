package fi.asiointipiste.statistics.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the V7 aggregates (never the raw visits, except for the override drill-down) into the tables of the
 * statistics views. Counts only: no query selects a customer column.
 */
@ApplicationScoped
public class StatisticsQueries {

    private static final String[] LEVELS = {"SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE"};
    private static final String[] OUTCOMES = {"DONE", "REFERRED", "CONTINUES", "NOT_POSSIBLE"};

    @PersistenceContext
    EntityManager em;

    /** Every table of every view: the printable report. */
    public Dashboard dashboard(StatisticsFilter filter, TimeGrain grain, Locale locale) {
        Dashboard d = new Dashboard();
        for (StatisticsView view : StatisticsView.values()) {
            fill(d, view, filter, grain, locale);
        }
        return d;
    }

    /** Only the headline and tables one view shows. */
    public Dashboard view(StatisticsView view, StatisticsFilter filter, TimeGrain grain, Locale locale) {
        Dashboard d = new Dashboard();
        fill(d, view, filter, grain, locale);
        return d;
    }

    private void fill(Dashboard d, StatisticsView view, StatisticsFilter filter, TimeGrain grain, Locale locale) {
        if (filter.pointIds().isEmpty()) {
            return;
        }
        String lang = Sql.language(locale);
        switch (view) {
            case OVERVIEW -> {
                headline(d, filter);
                d.previousVisits = visitsOf(filter.previous());
                time(d, filter, grain);
            }
            case ERRANDS -> {
                tasks(d, filter, lang);
                overrides(d, filter, lang);
            }
            case LEVELS -> {
                levels(d, filter);
                outcomes(d, filter);
            }
            case FEEDBACK -> {
                if (d.nps == null) {
                    headline(d, filter);
                }
                feedback(d, filter);
            }
            case TIME -> {
                if (d.table("time") == null) {
                    time(d, filter, grain);
                }
                heatmap(d, filter);
            }
            case BREAKDOWNS -> {
                visitBreakdown(d, filter, "profiles", "statistics.col.profile", "COALESCE(p.name_" + lang + ", '–')",
                        "LEFT JOIN customer_profile p ON p.id = s.profile_id", "s.profile_id");
                visitBreakdown(d, filter, "channels", "statistics.col.channel", "s.channel", "", "s.channel");
                visitBreakdown(d, filter, "points", "statistics.col.point", "sp.name",
                        "JOIN service_point sp ON sp.id = s.service_point_id", "s.service_point_id");
                agencies(d, filter, lang);
            }
            case COSTS -> costs(d, filter, lang);
        }
    }

    private void headline(Dashboard d, StatisticsFilter f) {
        Object[] r = single("SELECT SUM(visits), SUM(no_shows), SUM(tasks), SUM(overridden), SUM(self_done),"
                + " SUM(feedback_n), SUM(ces_n), SUM(ces_sum), SUM(nps_n), SUM(promoters), SUM(detractors)"
                + " FROM " + Sql.visits(f).from() + " s", Sql.visits(f));
        d.visits = n(r[0]);
        d.noShows = n(r[1]);
        d.tasks = n(r[2]);
        d.overridden = n(r[3]);
        d.selfDone = n(r[4]);
        d.feedback = n(r[5]);
        d.cesAverage = n(r[6]) == 0 ? null : (double) n(r[7]) / n(r[6]);
        d.nps = new FeedbackSummary(n(r[5]), d.cesAverage, n(r[8]), n(r[9]), n(r[10]));
    }

    private long visitsOf(StatisticsFilter f) {
        Sql visits = Sql.visits(f);
        return n(single("SELECT SUM(visits) FROM " + visits.from() + " s", visits)[0]);
    }

    private void levels(Dashboard d, StatisticsFilter f) {
        Map<String, Long> errands = new HashMap<>();
        Sql errandRows = Sql.errands(f);
        for (Object[] r : rows("SELECT applied_level, SUM(tasks) FROM " + errandRows.from() + " s", errandRows,
                " GROUP BY applied_level")) {
            errands.put((String) r[0], n(r[1]));
        }
        long total = errands.values().stream().mapToLong(Long::longValue).sum();
        Map<Integer, Object[]> visits = new HashMap<>();
        Sql visitRows = Sql.visits(f);
        for (Object[] r : rows("SELECT level_rank, SUM(visits), SUM(wait_n), SUM(wait_sum), SUM(handle_n),"
                + " SUM(handle_sum) FROM " + visitRows.from() + " s", visitRows,
                " GROUP BY level_rank")) {
            visits.put(((Number) r[0]).intValue(), r);
        }
        Map<String, Map<Integer, Long>> histograms = new HashMap<>();
        Sql durations = Sql.durations(f);
        for (Object[] r : rows("SELECT level_rank, kind, minutes, SUM(visits) FROM " + durations.from() + " s",
                durations, " GROUP BY level_rank, kind, minutes")) {
            histograms.computeIfAbsent(r[0] + "" + r[1], k -> new TreeMap<>()).put(((Number) r[2]).intValue(), n(r[3]));
        }
        TableData t = new TableData("levels", "statistics.levels")
                .column("statistics.col.level", Kind.LABEL).column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.share", Kind.PERCENT).column("statistics.col.visitsAtLevel", Kind.COUNT)
                .column("statistics.col.waitAvg", Kind.DECIMAL).column("statistics.col.waitP90", Kind.DECIMAL)
                .column("statistics.col.handleAvg", Kind.DECIMAL).column("statistics.col.handleP90", Kind.DECIMAL);
        for (int rank = 1; rank <= 3; rank++) {
            String level = LEVELS[rank - 1];
            long count = errands.getOrDefault(level, 0L);
            Object[] v = visits.getOrDefault(rank, new Object[] {rank, 0L, 0L, 0L, 0L, 0L});
            Integer p90w = Percentiles.of(histograms.getOrDefault(rank + "W", Map.of()), 90);
            Integer p90h = Percentiles.of(histograms.getOrDefault(rank + "H", Map.of()), 90);
            t.row("SupportLevel." + level, count, ratio(count, total), n(v[1]), ratio(n(v[3]), n(v[2])),
                    p90w == null ? null : p90w.doubleValue(), ratio(n(v[5]), n(v[4])),
                    p90h == null ? null : p90h.doubleValue()).drill(level);
        }
        d.add(t);
    }

    private void outcomes(Dashboard d, StatisticsFilter f) {
        Sql errandRows = Sql.errands(f);
        Object[] r = single("SELECT SUM(outcome_done), SUM(outcome_referred), SUM(outcome_continues),"
                + " SUM(outcome_not_possible) FROM " + errandRows.from() + " s", errandRows);
        long total = n(r[0]) + n(r[1]) + n(r[2]) + n(r[3]);
        TableData t = new TableData("outcomes", "statistics.outcomes").column("statistics.col.outcome", Kind.LABEL)
                .column("statistics.col.errands", Kind.COUNT).column("statistics.col.share", Kind.PERCENT);
        for (int i = 0; i < OUTCOMES.length; i++) {
            t.row("TaskOutcome." + OUTCOMES[i], n(r[i]), ratio(n(r[i]), total));
        }
        d.add(t);
    }

    private void feedback(Dashboard d, StatisticsFilter f) {
        Sql visitRows = Sql.visits(f);
        Object[] r = single("SELECT SUM(ces_1), SUM(ces_2), SUM(ces_3), SUM(ces_4), SUM(ces_5), SUM(ces_n)"
                + " FROM " + visitRows.from() + " s", visitRows);
        TableData ces = new TableData("ces", "statistics.cesDistribution").column("statistics.col.ces", Kind.TEXT)
                .column("statistics.col.answers", Kind.COUNT).column("statistics.col.share", Kind.PERCENT);
        for (int score = 1; score <= 5; score++) {
            ces.row(String.valueOf(score), n(r[score - 1]), ratio(n(r[score - 1]), n(r[5])));
        }
        d.add(ces);
        FeedbackSummary nps = d.nps;
        TableData t = new TableData("nps", "statistics.npsGroups").column("statistics.col.npsGroup", Kind.LABEL)
                .column("statistics.col.answers", Kind.COUNT).column("statistics.col.share", Kind.PERCENT);
        t.row("statistics.promoters", nps.promoters(), ratio(nps.promoters(), nps.npsAnswers()));
        t.row("statistics.passives", nps.passives(), ratio(nps.passives(), nps.npsAnswers()));
        t.row("statistics.detractors", nps.detractors(), ratio(nps.detractors(), nps.npsAnswers()));
        d.add(t);
    }

    private void visitBreakdown(Dashboard d, StatisticsFilter f, String id, String labelKey, String label,
                                String join, String groupBy) {
        TableData t = new TableData(id, "statistics." + id).column(labelKey, id.equals("channels") ? Kind.LABEL
                        : Kind.TEXT)
                .column("statistics.col.visits", Kind.COUNT).column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.overridden", Kind.COUNT).column("statistics.col.overrideRate", Kind.PERCENT)
                .column("statistics.col.selfDone", Kind.PERCENT).column("statistics.col.cesAvg", Kind.DECIMAL)
                .column("statistics.col.nps", Kind.DECIMAL).column("statistics.col.responseRate", Kind.PERCENT);
        for (Object[] r : rows("SELECT " + label + ", SUM(s.visits), SUM(s.tasks), SUM(s.overridden),"
                        + " SUM(s.self_done), SUM(s.ces_n), SUM(s.ces_sum), SUM(s.nps_n), SUM(s.promoters),"
                        + " SUM(s.detractors), SUM(s.feedback_n), SUM(s.no_shows), " + groupBy
                        + " FROM " + Sql.visits(f).from() + " s " + join, Sql.visits(f),
                " GROUP BY " + groupBy + (label.equals(groupBy) ? "" : ", " + label) + " ORDER BY " + groupBy)) {
            Integer nps = new FeedbackSummary(0, null, n(r[7]), n(r[8]), n(r[9])).nps();
            t.row(id.equals("channels") ? "Channel." + r[0] : r[0], n(r[1]), n(r[2]), n(r[3]),
                    ratio(n(r[3]), n(r[2])), ratio(n(r[4]), n(r[2])), ratio(n(r[6]), n(r[5])),
                    nps == null ? null : nps.doubleValue(), ratio(n(r[10]), n(r[1]) - n(r[11])));
            t.drill(String.valueOf(r[12]));
        }
        d.add(t);
    }

    private void tasks(Dashboard d, StatisticsFilter f, String lang) {
        TableData t = new TableData("tasks", "statistics.tasks.title").column("statistics.col.task", Kind.TEXT)
                .column("statistics.col.agency", Kind.TEXT).column("statistics.col.errands", Kind.COUNT)
                .column("SupportLevel.SELF_SERVICE", Kind.COUNT).column("SupportLevel.GUIDED", Kind.COUNT)
                .column("SupportLevel.FULL_ASSISTANCE", Kind.COUNT).column("statistics.col.overridden", Kind.COUNT)
                .column("statistics.col.overrideRate", Kind.PERCENT).column("statistics.col.cesAvg", Kind.DECIMAL);
        for (Object[] r : rows("SELECT st.id, st.name_" + lang + ", a.name_" + lang + ", SUM(s.tasks),"
                        + " SUM(CASE WHEN s.applied_level = 'SELF_SERVICE' THEN s.tasks ELSE 0 END),"
                        + " SUM(CASE WHEN s.applied_level = 'GUIDED' THEN s.tasks ELSE 0 END),"
                        + " SUM(CASE WHEN s.applied_level = 'FULL_ASSISTANCE' THEN s.tasks ELSE 0 END),"
                        + " SUM(CASE WHEN s.applied_level <> s.recommended_level AND s.recommended_level <> 'NONE'"
                        + " AND s.applied_level <> 'NONE' THEN s.tasks ELSE 0 END), SUM(s.ces_n), SUM(s.ces_sum)"
                        + " FROM " + Sql.errands(f).from() + " s JOIN service_task st ON st.id = s.service_task_id"
                        + " JOIN agency a ON a.id = st.agency_id", Sql.errands(f),
                " GROUP BY st.id, st.name_" + lang + ", a.name_" + lang + " ORDER BY 8 DESC, 4 DESC")) {
            t.row(r[1], r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), ratio(n(r[7]), n(r[3])),
                    ratio(n(r[9]), n(r[8]))).drill(String.valueOf(r[0]));
        }
        d.add(t);
    }

    private void agencies(Dashboard d, StatisticsFilter f, String lang) {
        TableData t = new TableData("agencies", "statistics.agencies").column("statistics.col.agency", Kind.TEXT)
                .column("statistics.col.errands", Kind.COUNT).column("SupportLevel.SELF_SERVICE", Kind.COUNT)
                .column("SupportLevel.GUIDED", Kind.COUNT).column("SupportLevel.FULL_ASSISTANCE", Kind.COUNT)
                .column("statistics.col.visitShare", Kind.DECIMAL).column("statistics.col.handleMinutes", Kind.DECIMAL);
        for (Object[] r : rows("SELECT a.name_" + lang + ", SUM(s.tasks),"
                        + " SUM(CASE WHEN s.applied_level = 'SELF_SERVICE' THEN s.tasks ELSE 0 END),"
                        + " SUM(CASE WHEN s.applied_level = 'GUIDED' THEN s.tasks ELSE 0 END),"
                        + " SUM(CASE WHEN s.applied_level = 'FULL_ASSISTANCE' THEN s.tasks ELSE 0 END),"
                        + " SUM(s.visit_share), SUM(s.handle_minutes)"
                        + " FROM " + Sql.errands(f).from() + " s JOIN service_task st ON st.id = s.service_task_id"
                        + " JOIN agency a ON a.id = st.agency_id", Sql.errands(f),
                " GROUP BY a.id, a.name_" + lang + " ORDER BY 2 DESC")) {
            t.row(r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), dbl(r[5]), dbl(r[6]));
        }
        d.add(t);
    }

    private void time(Dashboard d, StatisticsFilter f, TimeGrain grain) {
        Map<String, long[]> current = byGrain(f, grain);
        StatisticsFilter previous = f.previous();
        List<long[]> before = new ArrayList<>(byGrain(previous, grain).values());
        TableData t = new TableData("time", "statistics.time").column("statistics.col.period", Kind.TEXT)
                .column("statistics.col.visits", Kind.COUNT).column("statistics.col.previousVisits", Kind.COUNT)
                .column("statistics.col.errands", Kind.COUNT).column("statistics.col.overridden", Kind.COUNT);
        int i = 0;
        for (Map.Entry<String, long[]> e : current.entrySet()) {
            long prev = i < before.size() ? before.get(i)[0] : 0;
            t.row(e.getKey(), e.getValue()[0], prev, e.getValue()[1], e.getValue()[2]);
            i++;
        }
        d.add(t);
    }

    private Map<String, long[]> byGrain(StatisticsFilter f, TimeGrain grain) {
        Map<String, long[]> buckets = new LinkedHashMap<>();
        for (LocalDate day = f.from(); !day.isAfter(f.until()); day = day.plusDays(1)) {
            buckets.putIfAbsent(grain.label(day), new long[3]);
        }
        Sql arrivals = Sql.arrivals(f);
        for (Object[] r : rows("SELECT stat_day, SUM(visits), SUM(tasks), SUM(overridden) FROM " + arrivals.from()
                + " s", arrivals, " GROUP BY stat_day")) {
            long[] b = buckets.get(grain.label(day(r[0])));
            b[0] += n(r[1]);
            b[1] += n(r[2]);
            b[2] += n(r[3]);
        }
        return buckets;
    }

    /** The weekday × hour heat map and its table: average arrivals per hour on each weekday of the period. */
    private void heatmap(Dashboard d, StatisticsFilter f) {
        long[][] counts = new long[7][24];
        Sql arrivals = Sql.arrivals(f);
        for (Object[] r : rows("SELECT stat_day, hour_of_day, SUM(visits) FROM " + arrivals.from() + " s",
                arrivals, " GROUP BY stat_day, hour_of_day")) {
            counts[day(r[0]).getDayOfWeek().getValue() - 1][((Number) r[1]).intValue()] += n(r[2]);
        }
        HeatMap map = new HeatMap(counts, f.from(), f.until());
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
        d.add(t);
        d.heatMap = map;
    }

    /**
     * The three override tables from one pass over the override rows (the table is sparse, so its monthly
     * rows are barely fewer than its daily ones: reading it once instead of three times matters at scale).
     */
    private void overrides(Dashboard d, StatisticsFilter f, String lang) {
        Sql where = Sql.overrides(f);
        Map<List<Object>, long[]> byRule = new HashMap<>();
        Map<List<Object>, long[]> byReason = new HashMap<>();
        Map<List<Object>, long[]> byTaskAndProfile = new HashMap<>();
        for (Object[] r : rows("SELECT s.rule_set_id, s.rule_id, s.override_reason, s.service_task_id, s.profile_id,"
                        + " s.recommended_level, s.applied_level, SUM(s.tasks), SUM(s.ces_n), SUM(s.ces_sum)"
                        + " FROM " + where.from() + " s", where,
                " GROUP BY s.rule_set_id, s.rule_id, s.override_reason, s.service_task_id, s.profile_id,"
                        + " s.recommended_level, s.applied_level")) {
            long[] v = {n(r[7]), n(r[8]), n(r[9])};
            sum(byRule, List.of(n(r[0]), r[1]), v);
            sum(byReason, List.of(r[2]), v);
            sum(byTaskAndProfile, List.of(n(r[3]), n(r[4]), r[5], r[6]), v);
        }
        Map<Long, String> versions = names("SELECT id, CAST(version_no AS VARCHAR(20)) FROM rule_set");
        TableData rules = new TableData("rules", "statistics.rules").column("statistics.col.ruleSet", Kind.TEXT)
                .column("statistics.col.rule", Kind.TEXT).column("statistics.col.overridden", Kind.COUNT)
                .column("statistics.col.cesAvg", Kind.DECIMAL);
        for (Map.Entry<List<Object>, long[]> e : mostFirst(byRule)) {
            long ruleSet = (Long) e.getKey().get(0);
            long[] v = e.getValue();
            rules.row("v" + versions.getOrDefault(ruleSet, "0"), e.getKey().get(1), v[0], ratio(v[2], v[1]))
                    .drill(ruleSet + ":" + e.getKey().get(1));
        }
        d.add(rules);
        TableData reasons = new TableData("reasons", "statistics.reasons").column("statistics.col.reason", Kind.LABEL)
                .column("statistics.col.overridden", Kind.COUNT).column("statistics.col.cesAvg", Kind.DECIMAL);
        for (Map.Entry<List<Object>, long[]> e : mostFirst(byReason)) {
            reasons.row("OverrideReason." + e.getKey().get(0), e.getValue()[0], ratio(e.getValue()[2], e.getValue()[1]));
        }
        d.add(reasons);
        Map<Long, String> tasks = names("SELECT id, name_" + lang + " FROM service_task");
        Map<Long, String> profiles = names("SELECT id, name_" + lang + " FROM customer_profile");
        TableData byTask = new TableData("overrideTasks", "statistics.overrideTasks")
                .column("statistics.col.task", Kind.TEXT).column("statistics.col.profile", Kind.TEXT)
                .column("statistics.col.recommended", Kind.LABEL).column("statistics.col.applied", Kind.LABEL)
                .column("statistics.col.overridden", Kind.COUNT).column("statistics.col.cesAvg", Kind.DECIMAL);
        for (Map.Entry<List<Object>, long[]> e : mostFirst(byTaskAndProfile)) {
            List<Object> k = e.getKey();
            long[] v = e.getValue();
            byTask.row(tasks.get((Long) k.get(0)), profiles.getOrDefault((Long) k.get(1), "–"),
                    "SupportLevel." + k.get(2), "SupportLevel." + k.get(3), v[0], ratio(v[2], v[1]));
        }
        d.add(byTask);
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
        entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                : String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
        return entries;
    }

    private void costs(Dashboard d, StatisticsFilter f, String lang) {
        Map<List<Object>, double[]> sums = new TreeMap<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        for (Object[] r : rows("SELECT sp.name, s.stat_day, a.name_" + lang + ", s.applied_level, SUM(s.tasks),"
                        + " SUM(s.visit_share), SUM(s.handle_minutes) FROM " + Sql.errands(f).from() + " s"
                        + " JOIN service_point sp ON sp.id = s.service_point_id"
                        + " JOIN service_task st ON st.id = s.service_task_id JOIN agency a ON a.id = st.agency_id",
                Sql.errands(f),
                " GROUP BY sp.name, s.stat_day, a.name_" + lang + ", s.applied_level")) {
            String level = (String) r[3];
            List<Object> key = List.of(r[0], TimeGrain.MONTH.label(day(r[1])), r[2], level);
            double[] v = sums.computeIfAbsent(key, k -> new double[3]);
            v[0] += n(r[4]);
            v[1] += dbl(r[5]);
            v[2] += dbl(r[6]);
        }
        TableData t = new TableData("costs", "statistics.costs").column("statistics.col.point", Kind.TEXT)
                .column("statistics.col.month", Kind.TEXT).column("statistics.col.agency", Kind.TEXT)
                .column("statistics.col.level", Kind.LABEL).column("statistics.col.errands", Kind.COUNT)
                .column("statistics.col.visitShare", Kind.DECIMAL).column("statistics.col.handleMinutes", Kind.DECIMAL);
        sums.forEach((k, v) -> t.row(k.get(0), k.get(1), k.get(2),
                "NONE".equals(k.get(3)) ? "statistics.noLevel" : "SupportLevel." + k.get(3), Math.round(v[0]), v[1], v[2]));
        d.add(t);
    }

    /** The overridden errands a rule recommended: what coordinators read to tune it. No personal data. */
    public TableData overriddenBy(StatisticsFilter f, long ruleSetId, String ruleId, Locale locale) {
        String lang = Sql.language(locale);
        TableData t = new TableData("drill", "statistics.drill").column("statistics.col.visit", Kind.TEXT)
                .column("statistics.col.date", Kind.TEXT).column("statistics.col.point", Kind.TEXT)
                .column("statistics.col.task", Kind.TEXT).column("statistics.col.recommended", Kind.LABEL)
                .column("statistics.col.applied", Kind.LABEL).column("statistics.col.reason", Kind.LABEL);
        if (f.pointIds().isEmpty()) {
            return t;
        }
        // The aggregate says on which days at which points the rule was overridden: only those days' visits
        // are read (newest first, up to 500 errands), each as an index range of one point's arrivals.
        List<Object> params = new ArrayList<>(List.of(ruleSetId, ruleId, Date.valueOf(f.from()), Date.valueOf(f.until())));
        StringBuilder days = new StringBuilder("SELECT service_point_id, stat_day, SUM(tasks) FROM stat_override_day"
                + " WHERE rule_set_id = ? AND rule_id = ? AND grain = 'D' AND stat_day >= ? AND stat_day <= ?"
                + " AND service_point_id IN (" + String.join(", ", Collections.nCopies(f.pointIds().size(), "?")) + ")");
        params.addAll(f.pointIds());
        narrow(days, params, f, "");
        Query dayQuery = em.createNativeQuery(days + " GROUP BY service_point_id, stat_day ORDER BY 2 DESC, 1");
        for (int i = 0; i < params.size(); i++) {
            dayQuery.setParameter(i + 1, params.get(i));
        }
        long wanted = 0;
        Map<Long, TreeSet<LocalDate>> needed = new TreeMap<>();
        for (Object o : dayQuery.getResultList()) {
            Object[] r = (Object[]) o;
            if (wanted >= DRILL_LIMIT) {
                break;
            }
            wanted += n(r[2]);
            needed.computeIfAbsent(n(r[0]), k -> new TreeSet<>()).add(day(r[1]));
        }
        // Days close together are read as one range of a point's arrivals: a few queries for a common rule.
        List<Object[]> found = new ArrayList<>();
        needed.forEach((point, pointDays) -> {
            LocalDate first = null;
            LocalDate last = null;
            for (LocalDate day : pointDays) {
                if (last != null && day.isAfter(last.plusDays(DRILL_GAP))) {
                    found.addAll(drillRange(f, ruleSetId, ruleId, point, first, last, lang));
                    first = null;
                }
                first = first == null ? day : first;
                last = day;
            }
            found.addAll(drillRange(f, ruleSetId, ruleId, point, first, last, lang));
        });
        found.sort((a, b) -> {
            int byTime = Aggregates.time(b[1]).compareTo(Aggregates.time(a[1]));
            return byTime != 0 ? byTime : Long.compare(n(a[0]), n(b[0]));
        });
        for (Object[] r : found) {
            t.row(String.valueOf(n(r[0])), Aggregates.time(r[1]).toLocalDate().toString(), r[2], r[3],
                    "SupportLevel." + r[4], "SupportLevel." + r[5],
                    r[6] == null ? "statistics.noReason" : "OverrideReason." + r[6]);
        }
        return t;
    }

    private static final int DRILL_GAP = 7;
    private static final int DRILL_LIMIT = 500;

    private static void narrow(StringBuilder sql, List<Object> params, StatisticsFilter f, String alias) {
        if (f.taskId() != null) {
            sql.append(" AND ").append(alias).append("service_task_id = ?");
            params.add(f.taskId());
        }
        if (f.channel() != null) {
            sql.append(" AND ").append(alias).append("channel = ?");
            params.add(f.channel());
        }
        if (f.profileId() != null) {
            sql.append(" AND ").append(alias).append("profile_id = ?");
            params.add(f.profileId());
        }
    }

    /** The rule's overridden errands at one point from one day to another (an index range of its arrivals). */
    private List<Object[]> drillRange(StatisticsFilter f, long ruleSetId, String ruleId, long point, LocalDate first,
                                      LocalDate last, String lang) {
        StringBuilder sql = new StringBuilder("SELECT v.id, v.arrived_at, sp.name, st.name_" + lang
                + ", t.recommended_level, t.applied_level, t.override_reason FROM visit v"
                + " JOIN visit_task t ON t.visit_id = v.id JOIN service_point sp ON sp.id = v.service_point_id"
                + " JOIN service_task st ON st.id = t.service_task_id WHERE v.service_point_id = ?"
                + " AND v.arrived_at >= ? AND v.arrived_at < ? AND v.status IN ('DONE', 'NO_SHOW')"
                + " AND t.recommended_level <> t.applied_level");
        List<Object> params = new ArrayList<>(List.of(point, Timestamp.valueOf(first.atStartOfDay()),
                Timestamp.valueOf(last.plusDays(1).atStartOfDay())));
        if (ruleSetId == 0) {
            sql.append(" AND t.rule_set_id IS NULL AND t.rule_id IS NULL");
        } else {
            sql.append(" AND t.rule_set_id = ? AND t.rule_id = ?");
            params.add(ruleSetId);
            params.add(ruleId);
        }
        if (f.taskId() != null) {
            sql.append(" AND t.service_task_id = ?");
            params.add(f.taskId());
        }
        if (f.channel() != null) {
            sql.append(" AND v.channel = ?");
            params.add(f.channel());
        }
        if (f.profileId() != null) {
            sql.append(f.profileId() == 0 ? " AND v.profile_id IS NULL AND 0 = ?" : " AND v.profile_id = ?");
            params.add(f.profileId());
        }
        // The ORDER BY makes H2 walk the point's arrivals (visit_point_arrived_ix); without it, it reads every
        // errand the rule ever recommended (visit_task_rule_ix): 5.7 s instead of well under a second at 1M.
        Query q = em.createNativeQuery(sql.append(" ORDER BY v.arrived_at DESC, t.id").toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            rows.add((Object[]) o);
        }
        return rows;
    }

    /** Profiles and errands for the filter menus: id → localized name. */
    public Map<Long, String> profiles(Locale locale) {
        return names("SELECT id, name_" + Sql.language(locale) + " FROM customer_profile ORDER BY id");
    }

    public Map<Long, String> tasks(Locale locale) {
        String lang = Sql.language(locale);
        return names("SELECT id, name_" + lang + " FROM service_task ORDER BY name_" + lang);
    }

    private Map<Long, String> names(String sql) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) o;
            names.put(n(r[0]), (String) r[1]);
        }
        return names;
    }

    private Object[] single(String sql, Sql where) {
        return rows(sql, where, "").get(0);
    }

    private List<Object[]> rows(String sql, Sql where, String tail) {
        Query q = em.createNativeQuery(sql + tail);
        for (int i = 0; i < where.parameters.size(); i++) {
            q.setParameter(i + 1, where.parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            rows.add(o instanceof Object[] a ? a : new Object[] {o});
        }
        return rows;
    }

    static long n(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue());
    }

    static double dbl(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static SupportLevel level(String name) {
        return SupportLevel.valueOf(name);
    }
}
