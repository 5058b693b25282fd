package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import fi.asiointipiste.visits.entity.VisitIdRange;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A simulation cut into parts counts what one run over all the visits counts: the tallies add up exactly (the kept
 * changed decisions in visit order), the parts run on the executor or in the caller's thread, a failing part stops
 * the others, and progress and cancel cover every part.
 */
class SimulationPartsTest {

    private static final String RENTAL = RoutingFacts.of(
                    "MULTI_UNSKILLED", "RENTAL_APARTMENT", "MUNICIPALITY", false, "fi", 58, true, false, 0)
            .toText();
    private static final String TAX = RoutingFacts.of(
                    "SELF_DIRECTED", "TAX_CARD", "TAX", true, "fi", 34, false, false, 0)
            .toText();
    private static final String NOBODY = RENTAL.replace("MULTI_UNSKILLED", "NOBODY");
    private static final LocalDateTime T = LocalDateTime.of(2026, 9, 1, 9, 0);
    private static final SupportLevel[] LEVELS = SupportLevel.values();

    /** Visits 1…n with one to three errands of varied facts, levels, profiles and handling times. */
    private static List<PastVisit> visits(int n) {
        List<PastVisit> visits = new ArrayList<>();
        long errandId = 1;
        for (long v = 1; v <= n; v++) {
            List<PastErrand> errands = new ArrayList<>();
            for (int e = 0; e <= v % 3; e++) {
                int k = (int) ((v * 7 + e * 3) % 5);
                String facts = k == 0 ? RENTAL : k == 1 ? TAX : k == 2 ? NOBODY : k == 3 ? RENTAL : null;
                SupportLevel recommended = facts == null ? null : LEVELS[(int) ((v + e) % 3)];
                SupportLevel applied = LEVELS[(int) ((v * 5 + e) % 3)];
                errands.add(new PastErrand(
                        errandId++,
                        k == 1 ? "TAX_CARD" : "RENTAL_APARTMENT",
                        k == 1 ? "TAX" : "MUNICIPALITY",
                        v % 4 == 0 ? "SELF_DIRECTED" : "MULTI_UNSKILLED",
                        recommended,
                        applied,
                        applied == recommended ? null : OverrideReason.CUSTOMER_WISH,
                        facts == null ? null : 1L,
                        facts == null ? null : "rule-" + k,
                        facts));
            }
            visits.add(new PastVisit(v, 10 + v % 2, T.plusHours(v), v % 5 == 0 ? null : 7 * v % 41, errands));
        }
        return visits;
    }

    private static SimulationRun run(SimulationTally tally) {
        return new SimulationRun(
                new Routing().replay(new RuleTable(0, 2, SimulationRunTest.guidedHousing(), false)), tally);
    }

    private static SimulationParts parts(int n, int keep) {
        List<SimulationRun> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(run(new SimulationTally(keep)));
        }
        return new SimulationParts(runs);
    }

    /** Reads a part as the stream does: the visits whose ids lie in it, in id order. */
    private static SimulationParts.PartReader over(List<PastVisit> visits) {
        return (whole, part, run) -> {
            for (PastVisit v : visits) {
                if (part.contains(v.id()) && !run.test(v)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static void assertSame(SimulationTally actual, SimulationTally expected) {
        assertThat(actual.visits()).isEqualTo(expected.visits());
        assertThat(actual.errands()).isEqualTo(expected.errands());
        assertThat(actual.replayed()).isEqualTo(expected.replayed());
        assertThat(actual.notStored()).isEqualTo(expected.notStored());
        assertThat(actual.undecided()).isEqualTo(expected.undecided());
        assertThat(actual.changed()).isEqualTo(expected.changed());
        assertThat(actual.matrix()).isDeepEqualTo(expected.matrix());
        assertThat(actual.problems()).isEqualTo(expected.problems());
        assertThat(actual.changes()).isEqualTo(expected.changes());
        for (SupportLevel l : LEVELS) {
            assertThat(actual.measuredErrands(l)).isEqualTo(expected.measuredErrands(l));
            if (expected.averageMinutes(l) == null) {
                assertThat(actual.averageMinutes(l)).isNull();
            } else {
                assertThat(actual.averageMinutes(l)).isCloseTo(expected.averageMinutes(l), within(1e-9));
            }
        }
        assertThat(actual.byTask())
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(expected.byTask());
        assertThat(actual.byProfile())
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(expected.byProfile());
        assertThat(actual.byAgency())
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(expected.byAgency());
        assertThat(actual.staffHours(30).hoursPerMonth())
                .isCloseTo(expected.staffHours(30).hoursPerMonth(), within(1e-9));
    }

    @Test
    void thePartsTalliesAddUpToWhatOneRunOverAllTheVisitsCounts() {
        List<PastVisit> visits = visits(60);
        SimulationTally one = new SimulationTally();
        SimulationRun single = run(one);
        visits.forEach(single::test);
        assertThat(one.changed()).as("the draft changes some decisions").isPositive();
        assertThat(one.undecided()).as("and cannot decide some").isPositive();
        assertThat(one.notStored()).isPositive();

        for (int n : new int[] {1, 2, 3}) {
            SimulationParts parts = parts(n, SimulationTally.KEPT_CHANGES);
            parts.reads(new VisitIdRange(1, 60));
            assertThat(parts.runAll(Runnable::run, over(visits))).isTrue();
            assertSame(parts.finish(), one);
            assertThat(parts.tally()).isSameAs(parts.tally());
            assertThat(parts.visitsDone()).isEqualTo(60);
            assertThat(parts.fraction()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void theKeptChangedDecisionsAreTheFirstInVisitOrderAcrossTheParts() {
        List<PastVisit> visits = visits(60);
        SimulationTally one = new SimulationTally(5);
        SimulationRun single = run(one);
        visits.forEach(single::test);
        assertThat(one.changed()).isGreaterThan(5);
        SimulationParts parts = parts(2, 5);
        parts.reads(new VisitIdRange(1, 60));
        // the second part first: the order the parts finish in does not matter
        assertThat(parts.runAll(
                        command -> {
                            command.run();
                        },
                        over(visits)))
                .isTrue();
        SimulationTally sum = parts.finish();
        assertThat(sum.changes()).hasSize(5).isEqualTo(one.changes());
        assertThat(sum.changed()).isEqualTo(one.changed());
    }

    @Test
    void thePartsRunOnTheExecutorOrInTheCallersThreadWhenTheExecutorDoesNotGetToThem() throws Exception {
        List<PastVisit> visits = visits(40);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SimulationParts.PartReader reader = (whole, part, run) -> {
            threads.add(Thread.currentThread().getName());
            return over(visits).read(whole, part, run);
        };
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "part-thread"));
        try {
            SimulationParts parts = parts(2, 100);
            parts.reads(new VisitIdRange(1, 40));
            // the caller's part waits until the other part has started on the pool
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            assertThat(parts.runAll(pool, (whole, part, run) -> {
                        if (part.first() == 1) {
                            started.await();
                        } else {
                            started.countDown();
                        }
                        return reader.read(whole, part, run);
                    }))
                    .isTrue();
            assertThat(threads).contains("part-thread", Thread.currentThread().getName());
            assertThat(parts.finish().visits()).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        // an executor that never gets to the task, and one that refuses it: the caller reads both parts
        threads.clear();
        List<Runnable> neverRun = new ArrayList<>();
        SimulationParts queued = parts(2, 100);
        queued.reads(new VisitIdRange(1, 40));
        assertThat(queued.runAll(neverRun::add, reader)).isTrue();
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(queued.finish().visits()).isEqualTo(40);
        neverRun.forEach(Runnable::run); // started late, it finds its part claimed and does nothing
        assertThat(queued.visitsDone()).isEqualTo(40);

        SimulationParts refused = parts(2, 100);
        refused.reads(new VisitIdRange(1, 40));
        assertThat(refused.runAll(
                        command -> {
                            throw new RejectedExecutionException("busy");
                        },
                        reader))
                .isTrue();
        assertThat(refused.finish().visits()).isEqualTo(40);
    }

    @Test
    void aFailingPartStopsTheOthersAndItsFailureIsThrown() {
        List<PastVisit> visits = visits(40);
        SimulationParts parts = parts(2, 100);
        parts.reads(new VisitIdRange(1, 40));
        List<Runnable> later = new ArrayList<>();
        assertThatThrownBy(() -> parts.runAll(later::add, (whole, part, run) -> {
                    if (part.first() == 1) {
                        throw new IllegalStateException("could not read the stored visits");
                    }
                    return over(visits).read(whole, part, run);
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("could not read the stored visits");
        // the other part, read after the failure, stops at once: the failure cancelled it
        assertThat(parts.visitsDone()).isZero();
    }

    @Test
    void progressAndCancelCoverEveryPart() {
        List<PastVisit> visits = visits(40);
        SimulationParts parts = parts(2, 100);
        assertThat(parts.fraction()).isZero();
        parts.reads(new VisitIdRange(1, 40));
        assertThat(parts.ranges()).containsExactly(new VisitIdRange(1, 20), new VisitIdRange(21, 40));
        // half of the first part and none of the second: a quarter of the way (the executor never gets to the
        // second part, so the caller reads the parts in order)
        List<Runnable> later = new ArrayList<>();
        boolean complete = parts.runAll(later::add, (whole, part, run) -> {
            for (PastVisit v : visits) {
                if (part.contains(v.id())) {
                    if (part.first() == 1 && v.id() == 11) {
                        assertThat(parts.visitsDone()).isEqualTo(10);
                        assertThat(parts.fraction()).isCloseTo((10 - 1) / 19.0 * 20 / 40, within(1e-9));
                        parts.cancel();
                    }
                    if (!run.test(v)) {
                        return false;
                    }
                }
            }
            return true;
        });
        assertThat(complete).isFalse();
        assertThat(parts.visitsDone()).as("both parts stopped").isEqualTo(10);
    }
}
