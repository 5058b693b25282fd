package fi.asiointipiste.rules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * One measure that decides a pilot's success: which way it should move at the pilot points compared with the
 * comparison points, and by at least how much (in the measure's unit; 0 = any change that is not noise).
 */
@Embeddable
public class SuccessCriterion implements Serializable {

    /** Which way a measure should move for the pilot to succeed. */
    public enum Direction {
        INCREASE,
        DECREASE
    }

    /** The largest minimum change that makes sense in any unit (percentage points, minutes, CES or NPS points). */
    public static final double MAX_MINIMUM_CHANGE = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure")
    private PilotMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction")
    private Direction direction;

    @Column(name = "minimum_change")
    private double minimumChange;

    protected SuccessCriterion() {}

    public SuccessCriterion(PilotMeasure measure, Direction direction, double minimumChange) {
        if (measure == null || direction == null) {
            throw new PilotRejected("pilots.error.criterion", "a success measure needs a measure and a direction");
        }
        if (!(minimumChange >= 0 && minimumChange <= MAX_MINIMUM_CHANGE)) {
            throw new PilotRejected("pilots.error.minimumChange", "minimum change out of range: " + minimumChange);
        }
        this.measure = measure;
        this.direction = direction;
        this.minimumChange = minimumChange;
    }

    /** The change in the wanted direction: the difference itself when it should increase, negated otherwise. */
    public double towardsGoal(double difference) {
        return direction == Direction.INCREASE ? difference : -difference;
    }

    public PilotMeasure getMeasure() {
        return measure;
    }

    public Direction getDirection() {
        return direction;
    }

    public double getMinimumChange() {
        return minimumChange;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SuccessCriterion c
                && c.measure == measure
                && c.direction == direction
                && Double.compare(c.minimumChange, minimumChange) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, direction, minimumChange);
    }

    @Override
    public String toString() {
        return measure + " " + direction + (minimumChange > 0 ? " by " + minimumChange : "");
    }
}
