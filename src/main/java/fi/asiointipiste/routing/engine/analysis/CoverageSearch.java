package fi.asiointipiste.routing.engine.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Depth-first search over a region (a set of allowed cells per column) for points that no candidate rule covers.
 * Cells a column cannot tell apart (same candidate rules) are searched once as a group. A branch stops early when
 * the candidate set becomes empty (a gap for every completion) or when some remaining candidate accepts the whole
 * rest of the region (covered for every completion), which keeps the search small for real tables.
 */
final class CoverageSearch {
    /** An uncovered part of the region: per column the cell group, or null when any value of the region fits. */
    record Hole(int[][] groups) {}

    static final long DEFAULT_BUDGET = 5_000_000;
    private final CellSpace space;
    private final BitSet[] region;
    private final int[][][] groups;
    private final long[][] suffixCover;
    private final long[][] sets;
    private final int[] choice;
    private final List<Hole> holes = new ArrayList<>();
    private final int limit;
    private long budget;

    private CoverageSearch(CellSpace space, BitSet[] region, long[] candidates, int limit, long budget) {
        this.space = space;
        this.region = region;
        this.limit = limit;
        this.budget = budget;
        int cols = space.columns();
        this.groups = new int[cols][][];
        for (int c = 0; c < cols; c++) {
            groups[c] = group(c, candidates);
        }
        this.suffixCover = new long[cols + 1][];
        suffixCover[cols] = candidates.clone();
        for (int c = cols - 1; c >= 0; c--) {
            suffixCover[c] = suffixCover[c + 1].clone();
            for (int r = 0; r < space.rules; r++) {
                BitSet accepted = (BitSet) region[c].clone();
                accepted.andNot(space.ruleCells[r][c]);
                if (!accepted.isEmpty()) {
                    suffixCover[c][r >>> 6] &= ~(1L << r);
                }
            }
        }
        this.sets = new long[cols + 1][];
        sets[0] = candidates.clone();
        this.choice = new int[cols];
    }

    /** Finds up to {@code limit} holes; {@code exhausted()} tells whether the budget ran out first. */
    static CoverageSearch run(CellSpace space, BitSet[] region, long[] candidates, int limit) {
        CoverageSearch s = new CoverageSearch(space, region, candidates, limit, DEFAULT_BUDGET);
        if (isEmpty(candidates)) {
            s.record(-1);
        } else if (!intersects(candidates, s.suffixCover[0])) {
            s.dfs(0);
        }
        return s;
    }

    List<Hole> holes() {
        return holes;
    }

    boolean exhausted() {
        return budget <= 0;
    }

    private void dfs(int c) {
        int[][] options = groups[c];
        for (int g = 0; g < options.length && holes.size() < limit && budget-- > 0; g++) {
            long[] next = and(sets[c], space.cellRules[c][options[g][0]]);
            choice[c] = g;
            if (isEmpty(next)) {
                record(c);
            } else if (c + 1 < space.columns() && !intersects(next, suffixCover[c + 1])) {
                sets[c + 1] = next;
                dfs(c + 1);
            }
        }
    }

    private void record(int lastColumn) {
        int[][] hole = new int[space.columns()][];
        for (int c = 0; c <= lastColumn; c++) {
            hole[c] = groups[c][choice[c]];
        }
        holes.add(new Hole(hole));
    }

    /** Groups the region's cells of a column by the candidate rules accepting them. */
    private int[][] group(int c, long[] candidates) {
        Map<List<Long>, List<Integer>> byRules = new LinkedHashMap<>();
        for (int k = region[c].nextSetBit(0); k >= 0; k = region[c].nextSetBit(k + 1)) {
            long[] m = and(candidates, space.cellRules[c][k]);
            byRules.computeIfAbsent(Arrays.stream(m).boxed().toList(), x -> new ArrayList<>())
                    .add(k);
        }
        return byRules.values().stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    static long[] and(long[] a, long[] b) {
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] & b[i];
        }
        return r;
    }

    static boolean isEmpty(long[] a) {
        for (long w : a) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean intersects(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
