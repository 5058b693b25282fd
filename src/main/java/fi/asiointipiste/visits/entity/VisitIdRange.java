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

    /**
     * The range cut into at most {@code parts} consecutive ranges of nearly equal width, in id order (fewer when it
     * holds fewer ids; the empty range stays one empty range), so that parts of a stream can run side by side.
     */
    public java.util.List<VisitIdRange> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("at least one part: " + parts);
        }
        long width = last - first + 1;
        int n = isEmpty() ? 1 : (int) Math.min(parts, width);
        java.util.List<VisitIdRange> ranges = new java.util.ArrayList<>(n);
        long start = first;
        for (int i = 0; i < n; i++) {
            long end = i == n - 1 ? last : start + width / n + (i < width % n ? 1 : 0) - 1;
            ranges.add(new VisitIdRange(start, end));
            start = end + 1;
        }
        return java.util.List.copyOf(ranges);
    }

    /** Whether the id lies in the range. */
    public boolean contains(long id) {
        return id >= first && id <= last;
    }

    /** How far through the range an id is, 0–1. */
    public double fraction(long id) {
        return isEmpty() || last == first ? 1 : Math.max(0, Math.min(1, (double) (id - first) / (last - first)));
    }
}
