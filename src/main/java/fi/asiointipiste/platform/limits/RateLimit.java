package fi.asiointipiste.platform.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * At most {@code max} uses per key (a user name) within a sliding window: what keeps a signed-in user from reading the
 * customer register by rapid searches. Memory is bounded: the keys used longest ago are forgotten first. Counts are per
 * server node (in a cluster each node counts its own), which is enough to make enumeration slow and visible in the
 * audit trail.
 */
public final class RateLimit {

    private static final int MAX_KEYS = 10_000;

    private final int max;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> uses = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public RateLimit(int max, java.time.Duration window) {
        this(max, window, System::nanoTime);
    }

    RateLimit(int max, java.time.Duration window, LongSupplier nanoTime) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs at least one use in a positive window");
        }
        this.max = max;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Counts one use of the key and answers whether it is within the limit; a refused use is not counted. */
    public synchronized boolean tryUse(String key) {
        long now = nanoTime.getAsLong();
        Deque<Long> times = uses.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
            times.pollFirst();
        }
        if (times.size() >= max) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    public int max() {
        return max;
    }
}
