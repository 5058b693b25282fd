package fi.asiointipiste.statistics.control;

import java.util.Map;
import java.util.TreeMap;

/** Percentiles from a histogram of whole minutes (value → how many visits), nearest-rank method. */
public final class Percentiles {

    private Percentiles() {}

    /**
     * The smallest value v such that at least p % of the observations are ≤ v (nearest rank: rank ⌈p/100·n⌉).
     * Null for an empty histogram.
     */
    public static Integer of(Map<Integer, Long> histogram, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p / 100.0 * n);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : new TreeMap<>(histogram).entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
