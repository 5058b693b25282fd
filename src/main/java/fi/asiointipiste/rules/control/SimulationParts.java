package fi.asiointipiste.rules.control;

import fi.asiointipiste.visits.entity.VisitIdRange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One simulation cut into parts over consecutive visit-id ranges ({@link VisitIdRange#split}), each counted by its
 * own {@link SimulationRun} (its own replay and tally, as a replay is not thread-safe), so that the parts run side by
 * side on the cores there are. The parts' tallies are added in range order once all are done, which gives the counts
 * one run over the whole range gives and keeps the first part's changed decisions before the second's.
 *
 * <p>Progress is the parts' progress through their ranges, weighted by their width; {@link #cancel} stops every
 * part at its next visit.
 */
public final class SimulationParts {

    /** Reads one part: hands the visits of {@code part} (of {@code whole}) to {@code run}; false when stopped. */
    @FunctionalInterface
    public interface PartReader {
        boolean read(VisitIdRange whole, VisitIdRange part, SimulationRun run) throws Exception;
    }

    private final List<SimulationRun> runs;
    private volatile VisitIdRange whole = VisitIdRange.EMPTY;
    private volatile List<VisitIdRange> ranges = List.of();
    private volatile SimulationTally total;

    /** Parts counted by these runs (at least one); a range is cut into at most as many parts. */
    public SimulationParts(List<SimulationRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a simulation needs at least one run");
        }
        this.runs = List.copyOf(runs);
    }

    /** Cuts the range the simulation reads into the parts. */
    public void reads(VisitIdRange range) {
        whole = range;
        ranges = range.split(runs.size());
    }

    /** The parts' ranges, in id order (empty until {@link #reads}). */
    public List<VisitIdRange> ranges() {
        return ranges;
    }

    /**
     * Reads every part with {@code reader}: the first in the calling thread, the others on {@code executor} – a part
     * the executor has not started by the time the caller is free runs in the caller's thread instead, so the
     * simulation never waits for a busy pool. Answers whether every part was read to its end (false once cancelled);
     * when a part fails, the others are cancelled and waited for, and the failure is thrown.
     */
    public boolean runAll(Executor executor, PartReader reader) {
        List<VisitIdRange> parts = ranges;
        if (parts.isEmpty()) {
            throw new IllegalStateException("no range to read: call reads first");
        }
        List<AtomicBoolean> claimed = new ArrayList<>();
        List<CompletableFuture<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            claimed.add(new AtomicBoolean(i == 0));
            results.add(new CompletableFuture<>());
        }
        for (int i = 1; i < parts.size(); i++) {
            int part = i;
            try {
                executor.execute(() -> {
                    if (claimed.get(part).compareAndSet(false, true)) {
                        read(reader, parts, part, results.get(part));
                    }
                });
            } catch (RejectedExecutionException e) {
                // the caller reads it below
            }
        }
        read(reader, parts, 0, results.get(0));
        for (int i = 1; i < parts.size(); i++) {
            if (claimed.get(i).compareAndSet(false, true)) {
                read(reader, parts, i, results.get(i));
            }
        }
        boolean complete = true;
        RuntimeException failure = null;
        for (CompletableFuture<Boolean> result : results) {
            try {
                complete &= result.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r
                            ? r
                            : new IllegalStateException("a part of the simulation failed", e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return complete;
    }

    private void read(PartReader reader, List<VisitIdRange> parts, int part, CompletableFuture<Boolean> result) {
        try {
            result.complete(reader.read(whole, parts.get(part), runs.get(part)));
        } catch (Exception | Error e) {
            cancel();
            result.completeExceptionally(e);
        }
    }

    /** Stops every part at its next visit. */
    public void cancel() {
        runs.forEach(SimulationRun::cancel);
    }

    /** Visits counted so far by all parts. */
    public long visitsDone() {
        long done = 0;
        for (SimulationRun run : runs) {
            done += run.visitsDone();
        }
        return done;
    }

    /** How far the parts have come through the whole range, 0–1 (each part's progress weighted by its width). */
    public double fraction() {
        List<VisitIdRange> parts = ranges;
        double width = 0;
        double done = 0;
        for (int i = 0; i < parts.size(); i++) {
            VisitIdRange r = parts.get(i);
            double w = r.isEmpty() ? 0 : r.last() - r.first() + 1.0;
            width += w;
            SimulationRun run = runs.get(i);
            done += run.visitsDone() == 0 ? 0 : w * r.fraction(run.lastVisitId());
        }
        return width == 0 ? 0 : done / width;
    }

    /**
     * What the parts found: the first part's tally with the others added in range order, once they are done
     * ({@link #runAll} returned); before that, what the first part has counted so far.
     */
    public SimulationTally tally() {
        SimulationTally sum = total;
        return sum != null ? sum : runs.get(0).tally();
    }

    /** Adds the parts' tallies up; call once every part is done. */
    public SimulationTally finish() {
        SimulationTally sum = runs.get(0).tally().fresh();
        for (SimulationRun run : runs) {
            sum.add(run.tally());
        }
        total = sum;
        return sum;
    }
}
