package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.day;
import static fi.asiointipiste.statistics.control.Figures.n;
import static fi.asiointipiste.statistics.control.Figures.time;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The overridden errands a rule recommended (the rule's drill-down key is "ruleSetId:ruleId", rule set 0 for
 * errands no rule recommended): what coordinators read to tune it. The only read of the raw visits, and still
 * no personal data: visit id, date, point, errand, levels and reason.
 */
@ApplicationScoped
public class OverrideDrillDown {

    /** Up to this many errands, newest first. */
    static final int LIMIT = 500;
    /** Days at most this far apart are read as one range of a point's arrivals. */
    static final int GAP = 7;

    /** One point's arrivals from one day to another, both included. */
    record Range(long point, LocalDate first, LocalDate last) {}

    @Inject
    StatisticsRows rows;

    public TableData overriddenBy(StatisticsFilter f, long ruleSetId, String ruleId, Locale locale) {
        if (f.pointIds().isEmpty()) {
            return table(List.of());
        }
        // The aggregate says on which days at which points the rule was overridden: only those days' visits
        // are read, each as an index range of one point's arrivals.
        List<Object> params =
                new ArrayList<>(List.of(ruleSetId, ruleId, Date.valueOf(f.from()), Date.valueOf(f.until())));
        StringBuilder days = new StringBuilder("SELECT service_point_id, stat_day, SUM(tasks) FROM stat_override_day"
                + " WHERE rule_set_id = ? AND rule_id = ? AND grain = 'D' AND stat_day >= ? AND stat_day <= ?"
                + " AND service_point_id IN ("
                + String.join(", ", Collections.nCopies(f.pointIds().size(), "?"))
                + ")");
        params.addAll(f.pointIds());
        narrow(days, params, f, " AND service_task_id = ?", " AND channel = ?", " AND profile_id = ?");
        List<Object[]> found = new ArrayList<>();
        days.append(" GROUP BY service_point_id, stat_day ORDER BY 2 DESC, 1");
        for (Range range : ranges(rows.rows(days.toString(), params))) {
            found.addAll(errands(f, ruleSetId, ruleId, range, Sql.language(locale)));
        }
        return table(found);
    }

    /**
     * dayRows: point, day, overridden errands, newest day first. Takes days until {@link #LIMIT} errands are
     * covered, then joins each point's days at most {@link #GAP} days apart into one range: a few queries for a
     * common rule. Ranges come by point, then by day.
     */
    static List<Range> ranges(List<Object[]> dayRows) {
        long wanted = 0;
        Map<Long, TreeSet<LocalDate>> needed = new TreeMap<>();
        for (Object[] r : dayRows) {
            if (wanted >= LIMIT) {
                break;
            }
            wanted += n(r[2]);
            needed.computeIfAbsent(n(r[0]), k -> new TreeSet<>()).add(day(r[1]));
        }
        List<Range> ranges = new ArrayList<>();
        needed.forEach((point, pointDays) -> {
            LocalDate first = null;
            LocalDate last = null;
            for (LocalDate day : pointDays) {
                if (last != null && day.isAfter(last.plusDays(GAP))) {
                    ranges.add(new Range(point, first, last));
                    first = null;
                }
                first = first == null ? day : first;
                last = day;
            }
            ranges.add(new Range(point, first, last));
        });
        return ranges;
    }

    /** The rule's overridden errands in one range (an index range of the point's arrivals). */
    private List<Object[]> errands(StatisticsFilter f, long ruleSetId, String ruleId, Range range, String lang) {
        StringBuilder sql = new StringBuilder("SELECT v.id, v.arrived_at, sp.name, st.name_" + lang
                + ", t.recommended_level, t.applied_level, t.override_reason FROM visit v"
                + " JOIN visit_task t ON t.visit_id = v.id JOIN service_point sp ON sp.id = v.service_point_id"
                + " JOIN service_task st ON st.id = t.service_task_id WHERE v.service_point_id = ?"
                + " AND v.arrived_at >= ? AND v.arrived_at < ? AND v.status IN ('DONE', 'NO_SHOW')"
                + " AND t.recommended_level <> t.applied_level");
        List<Object> params = new ArrayList<>(List.of(
                range.point(),
                Timestamp.valueOf(range.first().atStartOfDay()),
                Timestamp.valueOf(range.last().plusDays(1).atStartOfDay())));
        if (ruleSetId == 0) {
            sql.append(" AND t.rule_set_id IS NULL AND t.rule_id IS NULL");
        } else {
            sql.append(" AND t.rule_set_id = ? AND t.rule_id = ?");
            params.add(ruleSetId);
            params.add(ruleId);
        }
        // The aggregate keeps "no profile" as 0, the visits as NULL.
        String profile =
                Long.valueOf(0).equals(f.profileId()) ? " AND v.profile_id IS NULL AND 0 = ?" : " AND v.profile_id = ?";
        narrow(sql, params, f, " AND t.service_task_id = ?", " AND v.channel = ?", profile);
        // The ORDER BY makes H2 walk the point's arrivals (visit_point_arrived_ix); without it, it reads every
        // errand the rule ever recommended (visit_task_rule_ix): 5.7 s instead of well under a second at 1M.
        return rows.rows(sql.append(" ORDER BY v.arrived_at DESC, t.id").toString(), params);
    }

    /** Narrows to the filter's errand, channel and profile where chosen: each condition takes the chosen value. */
    private static void narrow(
            StringBuilder sql, List<Object> params, StatisticsFilter f, String task, String channel, String profile) {
        if (f.taskId() != null) {
            sql.append(task);
            params.add(f.taskId());
        }
        if (f.channel() != null) {
            sql.append(channel);
            params.add(f.channel());
        }
        if (f.profileId() != null) {
            sql.append(profile);
            params.add(f.profileId());
        }
    }

    /** found: visit id, arrival, point, errand, recommended, applied, reason; newest first, then by visit id. */
    static TableData table(List<Object[]> found) {
        TableData t = new TableData("drill", "statistics.drill")
                .column("statistics.col.visit", Kind.TEXT)
                .column("statistics.col.date", Kind.TEXT)
                .column("statistics.col.point", Kind.TEXT)
                .column("statistics.col.task", Kind.TEXT)
                .column("statistics.col.recommended", Kind.LABEL)
                .column("statistics.col.applied", Kind.LABEL)
                .column("statistics.col.reason", Kind.LABEL);
        List<Object[]> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> {
            int byTime = time(b[1]).compareTo(time(a[1]));
            return byTime != 0 ? byTime : Long.compare(n(a[0]), n(b[0]));
        });
        for (Object[] r : sorted) {
            t.row(
                    String.valueOf(n(r[0])),
                    time(r[1]).toLocalDate().toString(),
                    r[2],
                    r[3],
                    "SupportLevel." + r[4],
                    "SupportLevel." + r[5],
                    r[6] == null ? "statistics.noReason" : "OverrideReason." + r[6]);
        }
        return t;
    }
}
