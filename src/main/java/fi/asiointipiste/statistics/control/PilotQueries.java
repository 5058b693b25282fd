package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.day;
import static fi.asiointipiste.statistics.control.Figures.dbl;
import static fi.asiointipiste.statistics.control.Figures.n;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a pilot report's point-day observations from the daily rows of three aggregates (never the raw visits):
 * the visit figures (waiting and handling minutes, CES, NPS) from stat_visit_day's "all errands" slice, the errand
 * figures (errands per applied support level, overridden and self-done errands) from stat_task_day's "all
 * channels" slice, narrowed to one agency's errands when asked, and the returning customers' visits compared with
 * their previous one from stat_independence_day. One query per table,
 * grouped by point and day; each reads one index range of its table (the slices, the grain and the days lead the
 * key, see V8__statistics_filter_slices.sql).
 */
@ApplicationScoped
public class PilotQueries {

    @Inject
    StatisticsRows rows;

    /**
     * The figures of the pilot points against the comparison points over both periods; profileId narrows every
     * figure to the visits of customers with that profile (null: all visits), agencyId the errand figures to that
     * agency's errands (null: every errand).
     */
    public PilotFigures figures(
            Set<Long> pilotPoints,
            Set<Long> comparisonPoints,
            ReportPeriods periods,
            Long profileId,
            Long agencyId,
            List<SuccessCriterion> criteria) {
        PilotStatistics statistics = new PilotStatistics(pilotPoints, comparisonPoints, periods);
        Set<Long> points = new LinkedHashSet<>(pilotPoints);
        points.addAll(comparisonPoints);
        for (Object[] r :
                rows.rows(visitsSql(points.size(), profileId != null), parameters(points, periods, profileId, true))) {
            addVisits(statistics, r);
        }
        for (Object[] r : rows.rows(
                errandsSql(points.size(), agencyId != null), errandParameters(points, periods, profileId, agencyId))) {
            addErrands(statistics, r);
        }
        for (Object[] r : rows.rows(
                independenceSql(points.size(), profileId != null), parameters(points, periods, profileId, false))) {
            statistics.add(PilotMeasure.LIGHTER_SUPPORT_SHARE, n(r[0]), day(r[1]), n(r[2]), n(r[3]));
        }
        return statistics.figures(criteria);
    }

    /** r: point, day, waits, wait minutes, handlings, handling minutes, CES answers, CES sum, NPS answers,
     * promoters − detractors. */
    static void addVisits(PilotStatistics s, Object[] r) {
        long point = n(r[0]);
        LocalDate day = day(r[1]);
        s.add(PilotMeasure.WAITING_MINUTES, point, day, dbl(r[3]), n(r[2]));
        s.add(PilotMeasure.HANDLING_MINUTES, point, day, dbl(r[5]), n(r[4]));
        s.add(PilotMeasure.CES, point, day, dbl(r[7]), n(r[6]));
        s.add(PilotMeasure.NPS, point, day, dbl(r[9]), n(r[8]));
    }

    /**
     * r: point, day, errands, overridden, self-done, then errands at self-service, guided and full assistance. The
     * level shares are of the errands with a level; overrides and self-done errands of every errand.
     */
    static void addErrands(PilotStatistics s, Object[] r) {
        long point = n(r[0]);
        LocalDate day = day(r[1]);
        s.add(PilotMeasure.OVERRIDE_RATE, point, day, n(r[3]), n(r[2]));
        s.add(PilotMeasure.SELF_DONE_SHARE, point, day, n(r[4]), n(r[2]));
        long levelled = n(r[5]) + n(r[6]) + n(r[7]);
        s.add(PilotMeasure.SELF_SERVICE_SHARE, point, day, n(r[5]), levelled);
        s.add(PilotMeasure.GUIDED_SHARE, point, day, n(r[6]), levelled);
        s.add(PilotMeasure.FULL_ASSISTANCE_SHARE, point, day, n(r[7]), levelled);
    }

    static String visitsSql(int points, boolean profile) {
        return "SELECT service_point_id, stat_day, SUM(wait_n), SUM(wait_sum), SUM(handle_n), SUM(handle_sum),"
                + " SUM(ces_n), SUM(ces_sum), SUM(nps_n), SUM(promoters) - SUM(detractors)"
                + " FROM stat_visit_day WHERE service_task_id = "
                + ClosedVisit.ALL_TASKS + " AND grain = 'D' AND stat_day >= ? AND stat_day <= ?"
                + " AND service_point_id IN (" + marks(points) + ")" + (profile ? " AND profile_id = ?" : "")
                + " GROUP BY service_point_id, stat_day";
    }

    /** An errand is overridden when both levels are known and differ (as ClosedVisit.Task.overridden). */
    static String errandsSql(int points, boolean agency) {
        return "SELECT service_point_id, stat_day, SUM(tasks),"
                + " SUM(CASE WHEN recommended_level <> applied_level AND recommended_level <> 'NONE'"
                + " AND applied_level <> 'NONE' THEN tasks ELSE 0 END), SUM(self_done),"
                + " SUM(CASE WHEN applied_level = 'SELF_SERVICE' THEN tasks ELSE 0 END),"
                + " SUM(CASE WHEN applied_level = 'GUIDED' THEN tasks ELSE 0 END),"
                + " SUM(CASE WHEN applied_level = 'FULL_ASSISTANCE' THEN tasks ELSE 0 END)"
                + " FROM stat_task_day WHERE channel = '" + ClosedVisit.ALL_CHANNELS + "' AND profile_id = ?"
                + " AND grain = 'D' AND stat_day >= ? AND stat_day <= ? AND service_point_id IN (" + marks(points)
                + ")" + (agency ? " AND service_task_id IN (SELECT id FROM service_task WHERE agency_id = ?)" : "")
                + " GROUP BY service_point_id, stat_day";
    }

    static String independenceSql(int points, boolean profile) {
        return "SELECT service_point_id, stat_day, SUM(level_lower), SUM(level_lower + level_same + level_higher)"
                + " FROM stat_independence_day WHERE service_point_id IN (" + marks(points) + ")"
                + " AND stat_day >= ? AND stat_day <= ?" + (profile ? " AND profile_id = ?" : "")
                + " GROUP BY service_point_id, stat_day";
    }

    /** Days, then points, then the profile (visits); points, then days, then the profile (independence). */
    private static List<Object> parameters(Set<Long> points, ReportPeriods periods, Long profileId, boolean daysFirst) {
        List<Object> p = new ArrayList<>();
        if (!daysFirst) {
            p.addAll(points);
        }
        p.add(Date.valueOf(periods.beforeFrom()));
        p.add(Date.valueOf(periods.duringUntil()));
        if (daysFirst) {
            p.addAll(points);
        }
        if (profileId != null) {
            p.add(profileId);
        }
        return p;
    }

    private static List<Object> errandParameters(
            Set<Long> points, ReportPeriods periods, Long profileId, Long agencyId) {
        List<Object> p = new ArrayList<>();
        p.add(profileId == null ? ClosedVisit.ALL_PROFILES : profileId);
        p.add(Date.valueOf(periods.beforeFrom()));
        p.add(Date.valueOf(periods.duringUntil()));
        p.addAll(points);
        if (agencyId != null) {
            p.add(agencyId);
        }
        return p;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
