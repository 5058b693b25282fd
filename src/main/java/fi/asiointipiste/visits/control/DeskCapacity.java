package fi.asiointipiste.visits.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether one more appointment fits at a service point: at no moment of its time may more appointments run
 * than the point has desks. Appointments that merely touch (one ends as the next starts) do not overlap.
 */
public final class DeskCapacity {

    /** A booked time, start included and end excluded. */
    public record Booked(LocalDateTime start, LocalDateTime end) {}

    private DeskCapacity() {}

    public static boolean fits(int desks, List<Booked> others, LocalDateTime start, LocalDateTime end) {
        return mostAtOnce(others, start, end) < desks;
    }

    /** The largest number of {@code others} running at the same moment within [start, end). */
    public static int mostAtOnce(List<Booked> others, LocalDateTime start, LocalDateTime end) {
        record Edge(LocalDateTime at, int change) {}
        List<Edge> edges = new ArrayList<>();
        for (Booked b : others) {
            LocalDateTime from = b.start().isAfter(start) ? b.start() : start;
            LocalDateTime until = b.end().isBefore(end) ? b.end() : end;
            if (from.isBefore(until)) {
                edges.add(new Edge(from, +1));
                edges.add(new Edge(until, -1));
            }
        }
        // At the same moment an ending comes before a start, so back-to-back times do not count as overlapping.
        edges.sort(Comparator.comparing(Edge::at).thenComparingInt(Edge::change));
        int running = 0;
        int most = 0;
        for (Edge e : edges) {
            running += e.change();
            most = Math.max(most, running);
        }
        return most;
    }
}
