package fi.asiointipiste.visits.entity;

/**
 * The ids of the first and last visit of a period at some service points: what a stream over those visits reads,
 * and what its progress runs through (visit ids grow with arrival).
 */
public record VisitIdRange(long first, long last) {

    public static final VisitIdRange EMPTY = new VisitIdRange(1, 0);

    public boolean isEmpty() {
        return last < first;
    }

    /** How far through the range an id is, 0–1. */
    public double fraction(long id) {
        return isEmpty() || last == first ? 1 : Math.max(0, Math.min(1, (double) (id - first) / (last - first)));
    }
}
