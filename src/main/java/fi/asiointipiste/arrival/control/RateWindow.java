package fi.asiointipiste.arrival.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A sliding-window rate limit per key (the public booking page's client address): at most {@code limit} actions
 * in any {@code window}. Thread-safe; forgets a key when its window is empty, so it does not grow without bound.
 */
public final class RateWindow {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> seen = new HashMap<>();

    public RateWindow(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
        this.window = window;
    }

    /** Counts one action by the key at {@code now}; false (and not counted) when the key is over its limit. */
    public synchronized boolean allow(String key, Instant now) {
        Instant since = now.minus(window);
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.isEmpty()) {
                it.remove();
            }
        }
        Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    public int getLimit() {
        return limit;
    }
}
