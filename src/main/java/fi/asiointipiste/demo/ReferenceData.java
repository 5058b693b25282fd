package fi.asiointipiste.demo;

import fi.asiointipiste.routing.engine.compile.CompiledTable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue and organisation rows the generator refers to, by id, and the published rule sets (id and compiled
 * table) that recommend the support levels of the generated visits: the one for all points, and any set tried at
 * some points for a while (a pilot's), which decides there instead from its effective time until it was retired.
 */
public record ReferenceData(
        List<Point> points,
        List<Task> tasks,
        Map<String, Long> profiles,
        Map<String, Long> agencies,
        long ruleSetId,
        CompiledTable rules,
        List<PilotRules> pilots) {

    public record Point(long id, String code, List<Long> clerkIds, double weight) {}

    public record Task(long id, String code, String agencyCode) {}

    /** A rule set published to some points, in force from {@code from} until {@code until} (null: still). */
    public record PilotRules(
            long ruleSetId, Set<Long> pointIds, LocalDateTime from, LocalDateTime until, CompiledTable rules) {

        boolean applies(long pointId, LocalDateTime at) {
            return pointIds.contains(pointId) && !at.isBefore(from) && (until == null || at.isBefore(until));
        }
    }

    /** The set that decides at a point at a moment: its id and table. */
    public record Deciding(long ruleSetId, CompiledTable rules) {}

    public ReferenceData {
        pilots = pilots == null ? List.of() : List.copyOf(pilots);
    }

    /** Only the set for all points. */
    public ReferenceData(
            List<Point> points,
            List<Task> tasks,
            Map<String, Long> profiles,
            Map<String, Long> agencies,
            long ruleSetId,
            CompiledTable rules) {
        this(points, tasks, profiles, agencies, ruleSetId, rules, List.of());
    }

    /** As the desk decides: the latest pilot set in force at the point, otherwise the set for all points. */
    Deciding rulesAt(long pointId, LocalDateTime at) {
        PilotRules latest = null;
        for (PilotRules pilot : pilots) {
            if (pilot.applies(pointId, at) && (latest == null || pilot.from().isAfter(latest.from()))) {
                latest = pilot;
            }
        }
        return latest == null ? new Deciding(ruleSetId, rules) : new Deciding(latest.ruleSetId(), latest.rules());
    }

    long profileId(String code) {
        Long id = profiles.get(code);
        if (id == null) {
            throw new IllegalStateException("no customer profile " + code);
        }
        return id;
    }

    Long agencyId(String code) {
        return code == null || code.equals("NONE") ? null : agencies.get(code);
    }
}
