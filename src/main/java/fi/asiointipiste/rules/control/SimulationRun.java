package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.boundary.Replay;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One pass of a simulation over stored visits: every errand with a stored decision is decided again with the
 * simulated table (the compiled table, errand by errand) and counted in a {@link SimulationTally}; {@link #cancel}
 * stops the pass at the next visit. Progress is read from another thread while the pass runs.
 *
 * <p>The same facts always get the same decision from one table, and many errands share their facts, so the last
 * {@value #REMEMBERED} distinct facts are remembered with their decision: memory stays bounded, and a repeated
 * fact set costs a hash lookup instead of a decision.
 */
public final class SimulationRun implements Predicate<PastVisit> {

    /** Distinct fact sets whose decision is remembered. */
    static final int REMEMBERED = 65_536;

    private final Replay replay;
    private final Map<String, Outcome> remembered = new LinkedHashMap<>(4096, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final SimulationTally tally;
    private final ChangeSink sink;
    private volatile long visitsDone;
    private volatile long lastVisitId;
    private volatile boolean cancelled;

    /** Receives each changed decision as it is found (the export writes them out). */
    @FunctionalInterface
    public interface ChangeSink {
        void changed(PastVisit visit, PastErrand errand, SupportLevel level, String ruleId);
    }

    /** What the table decided for one fact set: a level and rule, or the reason it could not decide. */
    private record Outcome(SupportLevel level, String ruleId, String problem) {}

    public SimulationRun(Replay replay, SimulationTally tally) {
        this(replay, tally, null);
    }

    public SimulationRun(Replay replay, SimulationTally tally, ChangeSink sink) {
        this.replay = replay;
        this.tally = tally;
        this.sink = sink;
    }

    @Override
    public boolean test(PastVisit visit) {
        if (cancelled) {
            return false;
        }
        tally.visit(visit);
        for (PastErrand errand : visit.errands()) {
            if (!errand.decided()) {
                tally.withoutDecision();
                continue;
            }
            Outcome outcome = remembered.get(errand.facts());
            if (outcome == null) {
                outcome = replay.decide(errand.facts())
                        ? new Outcome(replay.level(), replay.ruleId(), null)
                        : new Outcome(null, null, replay.problem());
                remembered.put(errand.facts(), outcome);
            }
            if (outcome.level() != null) {
                tally.decided(visit, errand, outcome.level(), outcome.ruleId());
                if (sink != null && outcome.level() != errand.recommended()) {
                    sink.changed(visit, errand, outcome.level(), outcome.ruleId());
                }
            } else {
                tally.undecided(outcome.problem());
            }
        }
        visitsDone++;
        lastVisitId = visit.id();
        return true;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** The id of the visit counted last (progress through the visits' id range). */
    public long lastVisitId() {
        return lastVisitId;
    }

    public long visitsDone() {
        return visitsDone;
    }

    public SimulationTally tally() {
        return tally;
    }
}
