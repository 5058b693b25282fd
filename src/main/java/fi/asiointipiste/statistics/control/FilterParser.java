package fi.asiointipiste.statistics.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the shared filter's query-string form
 * ({@code ?from=2026-07-01&until=2026-09-30&points=1,2&profile=3&channel=WALK_IN&task=7&grain=MONTH&rule=5:r12}).
 * An absent parameter takes its default (the last {@code defaultDays} days, every point the user works at, no
 * narrowing, weekly grain); a bad one takes its default too and names the message to show, in the order of the
 * parameters. Whether a profile or errand id names one that exists is checked against the menus afterwards.
 */
public final class FilterParser {

    public static final Set<String> CHANNELS = Set.of("WALK_IN", "APPOINTMENT", "REMOTE");
    public static final String PERIOD_ERROR = "statistics.error.period";
    public static final String POINTS_ERROR = "statistics.error.points";
    public static final String FILTER_ERROR = "statistics.error.filter";

    /** The parameters as the address gave them; null or blank when absent. */
    public record Raw(
            String from,
            String until,
            String points,
            String profile,
            String channel,
            String task,
            String grain,
            String rule) {}

    /** The typed filter and the message keys of the parameters that were refused. */
    public record Parsed(
            LocalDate from,
            LocalDate until,
            List<Long> points,
            Long profileId,
            String channel,
            Long taskId,
            TimeGrain grain,
            Long ruleSetId,
            String ruleId,
            List<String> errors) {}

    private final List<String> errors = new ArrayList<>();

    private FilterParser() {}

    public static Parsed parse(Raw raw, List<Long> allowed, LocalDate today, int defaultDays) {
        FilterParser p = new FilterParser();
        ReportingPeriod period = p.period(raw, ReportingPeriod.lastDays(today, defaultDays));
        List<Long> points = p.points(raw.points(), allowed);
        Long profileId = p.number(raw.profile());
        Long taskId = p.number(raw.task());
        String channel = present(raw.channel()) && CHANNELS.contains(raw.channel()) ? raw.channel() : null;
        if (present(raw.channel()) && channel == null) {
            p.errors.add(FILTER_ERROR);
        }
        TimeGrain grain = p.grain(raw.grain());
        Long ruleSetId = null;
        String ruleId = null;
        if (present(raw.rule())) {
            int colon = raw.rule().indexOf(':');
            try {
                ruleSetId = Long.parseLong(raw.rule().substring(0, Math.max(colon, 0)));
                ruleId = raw.rule().substring(colon + 1);
            } catch (NumberFormatException e) {
                p.errors.add(FILTER_ERROR);
            }
        }
        return new Parsed(
                period.from(),
                period.until(),
                points,
                profileId,
                channel,
                taskId,
                grain,
                ruleSetId,
                ruleId,
                List.copyOf(p.errors));
    }

    private ReportingPeriod period(Raw raw, ReportingPeriod fallback) {
        try {
            ReportingPeriod period = new ReportingPeriod(
                    present(raw.from()) ? LocalDate.parse(raw.from().trim()) : fallback.from(),
                    present(raw.until()) ? LocalDate.parse(raw.until().trim()) : fallback.until());
            if (!period.from().isAfter(period.until())) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // reported below, like a reversed period
        }
        errors.add(PERIOD_ERROR);
        return fallback;
    }

    private List<Long> points(String value, List<Long> allowed) {
        if (present(value)) {
            List<Long> chosen = ids(value);
            if (chosen != null && !chosen.isEmpty() && allowed.containsAll(chosen)) {
                return chosen;
            }
            errors.add(POINTS_ERROR);
        }
        return List.copyOf(allowed);
    }

    private Long number(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(FILTER_ERROR);
            return null;
        }
    }

    private TimeGrain grain(String value) {
        if (present(value)) {
            try {
                return TimeGrain.valueOf(value);
            } catch (IllegalArgumentException e) {
                errors.add(FILTER_ERROR);
            }
        }
        return TimeGrain.WEEK;
    }

    private static List<Long> ids(String value) {
        try {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Long::valueOf)
                    .distinct()
                    .toList();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
