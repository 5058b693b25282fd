package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a rule set would have recommended for past visit tasks, compared with what was recommended then:
 * how many tasks were replayed, how many would change level, a from → to matrix, and tasks it could not decide.
 */
public final class Simulation implements java.io.Serializable {

    private final Map<SupportLevel, Map<SupportLevel, Long>> matrix = new EnumMap<>(SupportLevel.class);
    private long tasks;
    private long changed;
    private long undecided;

    void record(SupportLevel before, SupportLevel after) {
        tasks++;
        if (before != after) {
            changed++;
        }
        matrix.computeIfAbsent(before, k -> new EnumMap<>(SupportLevel.class)).merge(after, 1L, Long::sum);
    }

    void undecided() {
        tasks++;
        undecided++;
    }

    public long count(SupportLevel before, SupportLevel after) {
        return matrix.getOrDefault(before, Map.of()).getOrDefault(after, 0L);
    }

    public long getTasks() {
        return tasks;
    }

    public long getChanged() {
        return changed;
    }

    public long getUndecided() {
        return undecided;
    }

    public double getChangedShare() {
        return tasks == 0 ? 0 : (double) changed / tasks;
    }
}
