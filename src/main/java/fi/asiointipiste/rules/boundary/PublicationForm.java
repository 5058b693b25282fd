package fi.asiointipiste.rules.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator enters to publish a draft or roll back to a version (rules/rule-set.xhtml): now or from when,
 * for all points or for the chosen pilot points, and a note on why. {@link RuleSets#publish} checks it.
 */
public abstract class PublicationForm implements Serializable {

    /** How far ahead the proposed start is, so the coordinator has time to read the form before it passes. */
    static final int PROPOSED_MINUTES_AHEAD = 5;

    private LocalDateTime effectiveFrom;
    private boolean now = true;
    private boolean allPoints = true;
    private List<Long> pilotPointIds = new ArrayList<>();
    private String note;

    /** Proposes a start a few minutes from {@code now} on a whole minute, unless the coordinator chose one. */
    void proposeStart(LocalDateTime now) {
        if (effectiveFrom == null) {
            effectiveFrom =
                    now.plusMinutes(PROPOSED_MINUTES_AHEAD).withSecond(0).withNano(0);
        }
    }

    /** When the version takes effect: {@code now} when the coordinator chose "now", else the time entered. */
    LocalDateTime effectiveFrom(LocalDateTime now) {
        return this.now ? now : effectiveFrom;
    }

    /** The note, or the given one when the coordinator left it empty. */
    String noteOr(String fallback) {
        return note == null || note.isBlank() ? fallback : note.strip();
    }

    public boolean isNow() {
        return now;
    }

    public void setNow(boolean now) {
        this.now = now;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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
