package fi.asiointipiste.demo;

import fi.asiointipiste.routing.engine.compile.CompiledTable;
import java.util.List;
import java.util.Map;

/**
 * The catalogue and organisation rows the generator refers to, by id, and the published rule set (id and
 * compiled table) that recommends the support levels of the generated visits.
 */
public record ReferenceData(List<Point> points, List<Task> tasks, Map<String, Long> profiles,
                            Map<String, Long> agencies, long ruleSetId, CompiledTable rules) {

    public record Point(long id, String code, List<Long> clerkIds, double weight) {
    }

    public record Task(long id, String code, String agencyCode) {
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
