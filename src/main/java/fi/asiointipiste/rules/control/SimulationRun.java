package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.boundary.Replay;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import java.util.function.Predicate;

/**
 * One pass of a simulation over stored visits: every errand with a stored decision is decided again with the
 * simulated table (the compiled table, errand by errand) and counted in a {@link SimulationTally}; {@link #cancel}
 * stops the pass at the next visit. Progress is read from another thread while the pass runs.
 */
public final class SimulationRun implements Predicate<PastVisit> {

    private final Replay replay;
    private final SimulationTally tally;
    private final ChangeSink sink;
    private volatile long visitsDone;
    private volatile boolean cancelled;

    /** Receives each changed decision as it is found (the export writes them out). */
    @FunctionalInterface
    public interface ChangeSink {
        void changed(PastVisit visit, PastErrand errand, Replay replay);
    }

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
            } else if (replay.decide(errand.facts())) {
                tally.decided(visit, errand, replay.level(), replay.ruleId());
                if (sink != null && replay.level() != errand.recommended()) {
                    sink.changed(visit, errand, replay);
                }
            } else {
                tally.undecided(replay.problem());
            }
        }
        visitsDone++;
        return true;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public long visitsDone() {
        return visitsDone;
    }

    public SimulationTally tally() {
        return tally;
    }
}
