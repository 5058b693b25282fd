package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.control.SimulationParts;
import fi.asiointipiste.rules.control.SimulationTally;
import fi.asiointipiste.rules.control.StaffHours;
import fi.asiointipiste.visits.entity.VisitIdRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One simulation someone started: which rule set, period and points, how far it has come, and when done what it
 * found. Runs in the background ({@link Simulations}); its owner polls it and may cancel it.
 */
public final class SimulationJob {

    public enum State {
        RUNNING,
        DONE,
        CANCELLED,
        FAILED
    }

    private final String id;
    private final String owner;
    private final long ruleSetId;
    private final int ruleSetVersion;
    private final String ruleSetName;
    private final LocalDate from;
    private final LocalDate until;
    private final List<Long> pointIds;
    private final LocalDateTime startedAt;
    private final SimulationParts parts;
    private volatile VisitIdRange range;
    private volatile State state = State.RUNNING;
    private volatile long millis;

    SimulationJob(
            String id,
            String owner,
            long ruleSetId,
            int ruleSetVersion,
            String ruleSetName,
            LocalDate from,
            LocalDate until,
            List<Long> pointIds,
            LocalDateTime startedAt,
            SimulationParts parts) {
        this.id = id;
        this.owner = owner;
        this.ruleSetId = ruleSetId;
        this.ruleSetVersion = ruleSetVersion;
        this.ruleSetName = ruleSetName;
        this.from = from;
        this.until = until;
        this.pointIds = List.copyOf(pointIds);
        this.startedAt = startedAt;
        this.parts = parts;
    }

    void reads(VisitIdRange visits) {
        parts.reads(visits);
        range = visits;
    }

    VisitIdRange range() {
        return range;
    }

    void finished(State how, long tookMillis) {
        millis = tookMillis;
        state = how;
    }

    void cancel() {
        parts.cancel();
    }

    SimulationParts parts() {
        return parts;
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public int getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getRuleSetName() {
        return ruleSetName;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public List<Long> getPointIds() {
        return pointIds;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    public long getVisitsDone() {
        return parts.visitsDone();
    }

    /** 0–100; 100 only once done. */
    public int getPercent() {
        if (state == State.DONE) {
            return 100;
        }
        VisitIdRange visits = range;
        return visits == null || parts.visitsDone() == 0 ? 0 : (int) Math.min(99, Math.floor(parts.fraction() * 100));
    }

    /** Server time the run took, once finished. */
    public long getMillis() {
        return millis;
    }

    /** Whole days simulated. */
    public long getDays() {
        return ChronoUnit.DAYS.between(from, until) + 1;
    }

    /** What was found; complete only when {@link #isDone()}. */
    public SimulationTally getTally() {
        return parts.tally();
    }

    public StaffHours.Estimate getStaffHours() {
        return parts.tally().staffHours(getDays());
    }
}
