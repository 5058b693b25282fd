package fi.asiointipiste.statistics.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Independence over time, the one definition used when a visit closes and when everything is rebuilt. A
 * customer's served visits (status DONE) form a chain ordered by end time, then visit id; a visit's position
 * gives its ordinal (1st, 2nd, 3rd, 4th, 5th or later) and it is compared with the visit before it: its
 * highest applied support level (lower is more independent) and the share of its errands the customer did
 * themselves. Only these numbers leave the chain; the customer does not (table {@code stat_independence_day}).
 */
public final class IndependenceChain {

    /** Ordinals above this are counted as this one: "5th or later". */
    public static final int LAST_ORDINAL = 5;

    /** How a visit compares with the customer's previous one. */
    public enum Change {
        MORE_INDEPENDENT,
        SAME,
        LESS_INDEPENDENT,
        NOT_COMPARABLE
    }

    /** One served visit as the chain sees it: no customer, only what the aggregate keeps. */
    public record Served(
            long visitId,
            long pointId,
            LocalDate day,
            long profileId,
            LocalDateTime endedAt,
            int levelRank,
            int tasks,
            int selfDone) {}

    static final Comparator<Served> ORDER = Comparator.comparing(
                    Served::endedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Served::visitId);

    private IndependenceChain() {}

    public static int ordinal(int position) {
        return Math.min(position + 1, LAST_ORDINAL);
    }

    /** A lower highest level is more independent; a visit without any applied level cannot be compared. */
    public static Change level(Served previous, Served current) {
        if (previous == null || previous.levelRank() == 0 || current.levelRank() == 0) {
            return Change.NOT_COMPARABLE;
        }
        int c = Integer.compare(previous.levelRank(), current.levelRank());
        return c > 0 ? Change.MORE_INDEPENDENT : c == 0 ? Change.SAME : Change.LESS_INDEPENDENT;
    }

    /** A higher self-done share of errands is more independent (compared exactly, without rounding). */
    public static Change share(Served previous, Served current) {
        if (previous == null || previous.tasks() == 0 || current.tasks() == 0) {
            return Change.NOT_COMPARABLE;
        }
        int c = Long.compare(
                (long) current.selfDone() * previous.tasks(), (long) previous.selfDone() * current.tasks());
        return c > 0 ? Change.MORE_INDEPENDENT : c == 0 ? Change.SAME : Change.LESS_INDEPENDENT;
    }

    /** What the visit at this position of its chain adds to the aggregate. */
    public static AggregateCell cell(Served visit, int position, Served previous) {
        Change level = position == 0 ? Change.NOT_COMPARABLE : level(previous, visit);
        Change share = position == 0 ? Change.NOT_COMPARABLE : share(previous, visit);
        return new AggregateCell(
                AggregateTable.INDEPENDENCE_DAY,
                List.of(visit.pointId(), visit.day(), visit.profileId(), ordinal(position), visit.levelRank()),
                new double[] {
                    1,
                    visit.tasks(),
                    visit.selfDone(),
                    flag(level == Change.MORE_INDEPENDENT),
                    flag(level == Change.SAME),
                    flag(level == Change.LESS_INDEPENDENT),
                    flag(share == Change.MORE_INDEPENDENT),
                    flag(share == Change.SAME),
                    flag(share == Change.LESS_INDEPENDENT)
                });
    }

    /** Every cell of one customer's chain (in any order; sorted here). */
    public static List<AggregateCell> cells(List<Served> visits) {
        List<Served> chain = new ArrayList<>(visits);
        chain.sort(ORDER);
        List<AggregateCell> cells = new ArrayList<>(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            cells.add(cell(chain.get(i), i, i == 0 ? null : chain.get(i - 1)));
        }
        return cells;
    }

    /**
     * What closing one visit changes, given the customer's whole chain including it. Usually the visit is the
     * latest and only its own cell is added; when it ends before visits that were closed earlier, those later
     * visits move up one place (and the next one gets a new previous visit), so their old cells are taken
     * away and their new ones added. Cells that cancel out are left out; the values may be negative.
     */
    public static List<AggregateCell> delta(List<Served> chainWithClosed, long closedVisitId) {
        List<Served> without = chainWithClosed.stream()
                .filter(v -> v.visitId() != closedVisitId)
                .toList();
        if (without.size() == chainWithClosed.size()) {
            return List.of();
        }
        Map<List<Object>, double[]> sums = new HashMap<>();
        for (AggregateCell cell : cells(chainWithClosed)) {
            add(sums, cell, 1);
        }
        for (AggregateCell cell : cells(without)) {
            add(sums, cell, -1);
        }
        List<AggregateCell> delta = new ArrayList<>();
        for (Map.Entry<List<Object>, double[]> e : sums.entrySet()) {
            if (java.util.Arrays.stream(e.getValue()).anyMatch(v -> v != 0)) {
                delta.add(new AggregateCell(AggregateTable.INDEPENDENCE_DAY, e.getKey(), e.getValue()));
            }
        }
        delta.sort(Comparator.comparing(c -> c.key().toString()));
        return delta;
    }

    static void add(Map<List<Object>, double[]> sums, AggregateCell cell, int sign) {
        double[] total = sums.computeIfAbsent(cell.key(), k -> new double[cell.values().length]);
        for (int i = 0; i < total.length; i++) {
            total[i] += sign * cell.values()[i];
        }
    }

    /**
     * Builds served visits from rows of (visit id, point id, arrived at, ended at, profile id, applied level,
     * customer did it themselves), one row per errand (or one row with a null level for a visit without any),
     * rows of one visit together. The same reader serves the close and the rebuild.
     */
    static final class Reader {
        private final List<Served> served = new ArrayList<>();
        private long current = -1;
        private long point;
        private LocalDate day;
        private long profile;
        private LocalDateTime ended;
        private int rank;
        private int tasks;
        private int selfDone;

        void row(
                long visitId,
                long pointId,
                LocalDateTime arrivedAt,
                LocalDateTime endedAt,
                Long profileId,
                String applied,
                Boolean selfDoneFlag,
                boolean hasTask) {
            if (visitId != current) {
                flush();
                current = visitId;
                point = pointId;
                day = arrivedAt.toLocalDate();
                profile = profileId == null ? 0 : profileId;
                ended = endedAt;
                rank = 0;
                tasks = 0;
                selfDone = 0;
            }
            if (hasTask) {
                tasks++;
                rank = Math.max(rank, LevelRank.of(applied));
                selfDone += Boolean.TRUE.equals(selfDoneFlag) ? 1 : 0;
            }
        }

        /** The visits read so far, and starts a new chain. */
        List<Served> take() {
            flush();
            List<Served> out = List.copyOf(served);
            served.clear();
            return out;
        }

        private void flush() {
            if (current != -1) {
                served.add(new Served(current, point, day, profile, ended, rank, tasks, selfDone));
                current = -1;
            }
        }
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
