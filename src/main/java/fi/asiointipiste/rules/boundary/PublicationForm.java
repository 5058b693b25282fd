package fi.asiointipiste.rules.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator enters to publish a draft (rules/rule-set.xhtml): from when, and for all points or for the
 * chosen pilot points. {@link RuleSets#publish} checks it.
 */
public abstract class PublicationForm implements Serializable {

    /** How far ahead the proposed start is, so the coordinator has time to read the form before it passes. */
    static final int PROPOSED_MINUTES_AHEAD = 5;

    private LocalDateTime effectiveFrom;
    private boolean allPoints = true;
    private List<Long> pilotPointIds = new ArrayList<>();

    /** Proposes a start a few minutes from {@code now} on a whole minute, unless the coordinator chose one. */
    void proposeStart(LocalDateTime now) {
        if (effectiveFrom == null) {
            effectiveFrom = now.plusMinutes(PROPOSED_MINUTES_AHEAD).withSecond(0).withNano(0);
        }
    }

    public LocalDateTime getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDateTime effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public boolean isAllPoints() {
        return allPoints;
    }

    public void setAllPoints(boolean allPoints) {
        this.allPoints = allPoints;
    }

    public List<Long> getPilotPointIds() {
        return pilotPointIds;
    }

    public void setPilotPointIds(List<Long> pilotPointIds) {
        this.pilotPointIds = pilotPointIds;
    }
}
