package fi.asiointipiste.statistics.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The rows of one aggregate table a filter selects, as a derived table with its positional parameters. Each
 * table knows the errand, channel and profile either as a real column (narrowed only when chosen) or as a slice
 * (always asked for one value: the chosen one or "all"; see V8__statistics_filter_slices.sql). Tables with
 * monthly rows are read as whole months plus the days at either end ({@link #split}), so a year reads about
 * twelve months of rows and a month's worth of days instead of 365 days of rows.
 */
final class Sql {

    /** How a table knows a filter dimension: a column narrowed when chosen, a slice always asked for, or not at all. */
    private enum Use {
        FILTER,
        SLICE,
        ABSENT
    }

    /** One part of a period: daily ('D') or monthly ('M') rows whose stat_day lies in first..last. */
    record Range(String grain, LocalDate first, LocalDate last) {}

    /** The errands of stat_task_day rows per applied level, self-service to full assistance, each followed by ",". */
    static final String TASKS_PER_LEVEL = " SUM(CASE WHEN s.applied_level = 'SELF_SERVICE' THEN s.tasks ELSE 0 END),"
            + " SUM(CASE WHEN s.applied_level = 'GUIDED' THEN s.tasks ELSE 0 END),"
            + " SUM(CASE WHEN s.applied_level = 'FULL_ASSISTANCE' THEN s.tasks ELSE 0 END),";

    private final StringBuilder from = new StringBuilder();
    final List<Object> parameters = new ArrayList<>();

    /** stat_visit_day: the errand is a slice, channel and profile are columns. */
    static Sql visits(StatisticsFilter f) {
        return of("stat_visit_day", true, f, Use.SLICE, Use.FILTER, Use.FILTER);
    }

    /** stat_task_day: channel and profile are slices, the errand a column. */
    static Sql errands(StatisticsFilter f) {
        return of("stat_task_day", true, f, Use.FILTER, Use.SLICE, Use.SLICE);
    }

    /** stat_duration_day: all three are slices. */
    static Sql durations(StatisticsFilter f) {
        return of("stat_duration_day", true, f, Use.SLICE, Use.SLICE, Use.SLICE);
    }

    /** stat_arrival_hour: all three are slices; daily rows only (the heat map and the time series need days). */
    static Sql arrivals(StatisticsFilter f) {
        return of("stat_arrival_hour", false, f, Use.SLICE, Use.SLICE, Use.SLICE);
    }

    /** stat_override_day: all three are columns. */
    static Sql overrides(StatisticsFilter f) {
        return of("stat_override_day", true, f, Use.FILTER, Use.FILTER, Use.FILTER);
    }

    /** stat_independence_day: the profile is a column; errand and channel are not kept (daily rows only). */
    static Sql independence(StatisticsFilter f) {
        return of("stat_independence_day", false, f, Use.ABSENT, Use.ABSENT, Use.FILTER);
    }

    /** The derived table to put after FROM, e.g. {@code "SELECT ... FROM " + sql.from() + " s GROUP BY ..."}. */
    String from() {
        return from.toString();
    }

    private static Sql of(String table, boolean monthly, StatisticsFilter filter, Use task, Use channel, Use profile) {
        Sql sql = new Sql();
        List<Range> ranges =
                monthly ? split(filter.from(), filter.until()) : List.of(new Range("D", filter.from(), filter.until()));
        sql.from.append('(');
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            sql.from
                    .append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT * FROM ")
                    .append(table)
                    .append(" WHERE service_point_id IN (")
                    .append(String.join(
                            ", ", Collections.nCopies(filter.pointIds().size(), "?")))
                    .append(")");
            sql.parameters.addAll(filter.pointIds());
            sql.condition("service_task_id", task, filter.taskId(), ClosedVisit.ALL_TASKS);
            sql.condition("channel", channel, filter.channel(), ClosedVisit.ALL_CHANNELS);
            sql.condition("profile_id", profile, filter.profileId(), ClosedVisit.ALL_PROFILES);
            if (monthly) {
                sql.from.append(" AND grain = ?");
                sql.parameters.add(range.grain());
            }
            sql.from.append(" AND stat_day >= ? AND stat_day <= ?");
            sql.parameters.add(Date.valueOf(range.first()));
            sql.parameters.add(Date.valueOf(range.last()));
        }
        sql.from.append(')');
        return sql;
    }

    private void condition(String column, Use use, Object chosen, Object all) {
        if (use != Use.ABSENT && (chosen != null || use == Use.SLICE)) {
            from.append(" AND ").append(column).append(" = ?");
            parameters.add(chosen != null ? chosen : all);
        }
    }

    /**
     * Splits a period into the days before its first whole month, its whole months (monthly rows are keyed by
     * the month's first day) and the days after its last whole month; empty parts are left out.
     */
    static List<Range> split(LocalDate from, LocalDate until) {
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = until.plusDays(1).withDayOfMonth(1);
        if (!firstWhole.isBefore(afterWhole)) {
            return List.of(new Range("D", from, until));
        }
        List<Range> ranges = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            ranges.add(new Range("D", from, firstWhole.minusDays(1)));
        }
        ranges.add(new Range("M", firstWhole, afterWhole.minusMonths(1)));
        if (!afterWhole.isAfter(until)) {
            ranges.add(new Range("D", afterWhole, until));
        }
        return ranges;
    }

    /** The suffix of a localized name column; only the three supported languages, never user text. */
    static String language(Locale locale) {
        String language = locale == null ? "fi" : locale.getLanguage();
        return List.of("fi", "sv", "en").contains(language) ? language : "fi";
    }
}
