package fi.asiointipiste.arrival.control;

import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Recommendation;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.boundary.RoutingFailed;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Function;

/**
 * Routes one errand at the door with the point's published rule set, forming the facts as {@link DoorFacts}
 * describes: first with the profile not yet known, then with the door profile.
 */
@ApplicationScoped
public class DoorRouting {

    @Inject
    Routing routing;

    @Inject
    ServiceClock clock;

    /**
     * The engine's decision for an errand at the door.
     *
     * @param doorProfile the profile the facts assumed; null when the rule set decided with the profile unknown
     */
    public record DoorDecision(
            SupportLevel level,
            String agencyCode,
            String mode,
            long ruleSetId,
            String ruleId,
            String facts,
            String doorProfile)
            implements Serializable {}

    /** The decision, or null when the point's rule set cannot route the errand at all (it then queues unrouted). */
    public DoorDecision route(
            long pointId, String task, String taskAgency, String language, boolean interpreter, Boolean strongEid) {
        return decide(
                facts -> routing.recommend(pointId, clock.now(), facts),
                task,
                taskAgency,
                language,
                interpreter,
                strongEid);
    }

    /** The two steps of {@link DoorFacts} with any engine (the server's, or a table in a test or the backtest). */
    public static DoorDecision decide(
            Function<RoutingFacts, Recommendation> engine,
            String task,
            String taskAgency,
            String language,
            boolean interpreter,
            Boolean strongEid) {
        DoorDecision unknown =
                attempt(engine, DoorFacts.of(null, task, taskAgency, language, interpreter, strongEid), null);
        if (unknown != null) {
            return unknown;
        }
        String profile = DoorFacts.doorProfile(interpreter, strongEid);
        return attempt(engine, DoorFacts.of(profile, task, taskAgency, language, interpreter, strongEid), profile);
    }

    private static DoorDecision attempt(
            Function<RoutingFacts, Recommendation> engine, RoutingFacts facts, String profile) {
        try {
            Recommendation r = engine.apply(facts);
            return new DoorDecision(
                    r.level(), r.agencyCode(), r.mode(), r.ruleSetId(), r.ruleId(), facts.toText(), profile);
        } catch (RoutingFailed failed) {
            return null;
        }
    }
}
