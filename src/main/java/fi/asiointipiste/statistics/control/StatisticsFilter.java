package fi.asiointipiste.statistics.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a supervisor chose: points (already limited to those they supervise), a period of whole days (both
 * ends included) and optional profile, channel and errand. Profile and channel narrow the visit figures and
 * the overrides; the errand narrows the errand, agency and override figures.
 */
public record StatisticsFilter(
        List<Long> pointIds, LocalDate from, LocalDate until, Long profileId, String channel, Long taskId)
        implements Serializable {

    public StatisticsFilter {
        pointIds = List.copyOf(pointIds);
        if (from.isAfter(until)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** The period of the same length just before this one, for trends. */
    public StatisticsFilter previous() {
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        return new StatisticsFilter(pointIds, from.minusDays(days), from.minusDays(1), profileId, channel, taskId);
    }

    public StatisticsFilter withPoints(List<Long> points) {
        return new StatisticsFilter(points, from, until, profileId, channel, taskId);
    }
}
