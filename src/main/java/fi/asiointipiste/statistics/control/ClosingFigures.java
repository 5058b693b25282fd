package fi.asiointipiste.statistics.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.VisitStatus;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a point's daily closing report from the day's visits: visits, done and no-shows per channel,
 * errands per applied support level and channel, waiting (arrival → service) and handling (service → end of a done
 * visit) times as mean and median minutes, and the hand-offs still open. Plain Java, unit-tested.
 */
public final class ClosingFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One visit of the day as the report needs it. */
    public record Day(
            Channel channel,
            VisitStatus status,
            LocalDateTime arrivedAt,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            List<SupportLevel> levels) {}

    /** Counts of one channel. */
    public record PerChannel(long visits, long done, long noShows, Map<SupportLevel, Long> errands)
            implements Serializable {}

    private final Map<Channel, PerChannel> channels = new EnumMap<>(Channel.class);
    private final List<Long> waits = new ArrayList<>();
    private final List<Long> handlings = new ArrayList<>();
    private final long openHandoffs;

    public ClosingFigures(List<Day> visits, long openHandoffs) {
        this.openHandoffs = openHandoffs;
        for (Channel c : Channel.values()) {
            List<Day> of = visits.stream().filter(v -> v.channel() == c).toList();
            Map<SupportLevel, Long> errands = new EnumMap<>(SupportLevel.class);
            for (SupportLevel l : SupportLevel.values()) {
                errands.put(
                        l,
                        of.stream()
                                .flatMap(v -> v.levels().stream())
                                .filter(x -> x == l)
                                .count());
            }
            channels.put(
                    c,
                    new PerChannel(
                            of.size(),
                            of.stream()
                                    .filter(v -> v.status() == VisitStatus.DONE)
                                    .count(),
                            of.stream()
                                    .filter(v -> v.status() == VisitStatus.NO_SHOW)
                                    .count(),
                            errands));
        }
        for (Day v : visits) {
            if (v.startedAt() != null && v.arrivedAt() != null) {
                waits.add(Duration.between(v.arrivedAt(), v.startedAt()).toMinutes());
            }
            if (v.status() == VisitStatus.DONE && v.startedAt() != null && v.endedAt() != null) {
                handlings.add(Duration.between(v.startedAt(), v.endedAt()).toMinutes());
            }
        }
    }

    public PerChannel channel(Channel c) {
        return channels.get(c);
    }

    public long visits() {
        return channels.values().stream().mapToLong(PerChannel::visits).sum();
    }

    public long noShows() {
        return channels.values().stream().mapToLong(PerChannel::noShows).sum();
    }

    public long errands(SupportLevel level) {
        return channels.values().stream().mapToLong(p -> p.errands().get(level)).sum();
    }

    /** Mean waiting minutes of the visits that were served; null when none was. */
    public Double meanWait() {
        return mean(waits);
    }

    public Double medianWait() {
        return median(waits);
    }

    /** Mean handling minutes of the visits that were done; null when none was. */
    public Double meanHandling() {
        return mean(handlings);
    }

    public Double medianHandling() {
        return median(handlings);
    }

    public long openHandoffs() {
        return openHandoffs;
    }

    static Double mean(List<Long> values) {
        return values.isEmpty()
                ? null
                : values.stream().mapToLong(Long::longValue).average().orElseThrow();
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
