package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.control.OverridePatterns;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the learning page asks about: the period, the service points and the threshold as the coordinator types it
 * (a share in whole per cent and the least number of decisions).
 */
public class OverrideQuery implements Serializable {

    private LocalDate from;
    private LocalDate until;
    private List<Long> pointIds = new ArrayList<>();
    private int minSharePercent;
    private long minDecisions;

    /** Starts from the given period, points and threshold. */
    public void reset(LocalDate from, LocalDate until, List<Long> pointIds, OverridePatterns.Threshold threshold) {
        this.from = from;
        this.until = until;
        this.pointIds = new ArrayList<>(pointIds);
        this.minSharePercent = (int) Math.round(threshold.minShare() * 100);
        this.minDecisions = threshold.minDecisions();
    }

    /** The threshold typed, or empty when it is out of range (a share of 1–100 %, at least one decision). */
    public Optional<OverridePatterns.Threshold> threshold() {
        if (minSharePercent < 1 || minSharePercent > 100 || minDecisions < 1) {
            return Optional.empty();
        }
        return Optional.of(new OverridePatterns.Threshold(minSharePercent / 100.0, minDecisions));
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public List<Long> getPointIds() {
        return pointIds;
    }

    public void setPointIds(List<Long> pointIds) {
        this.pointIds = pointIds;
    }

    public int getMinSharePercent() {
        return minSharePercent;
    }

    public void setMinSharePercent(int minSharePercent) {
        this.minSharePercent = minSharePercent;
    }

    public long getMinDecisions() {
        return minDecisions;
    }

    public void setMinDecisions(long minDecisions) {
        this.minDecisions = minDecisions;
    }
}
