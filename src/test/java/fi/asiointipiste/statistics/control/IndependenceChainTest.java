package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.statistics.control.IndependenceChain.Change;
import fi.asiointipiste.statistics.control.IndependenceChain.Served;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndependenceChainTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private static Served visit(long id, int hoursLater, int rank, int tasks, int selfDone) {
        LocalDateTime ended = T0.plusHours(hoursLater);
        return new Served(id, 7, ended.toLocalDate(), 3, ended, rank, tasks, selfDone);
    }

    private static double[] values(AggregateCell cell) {
        return cell.values();
    }

    private static int ordinalOf(AggregateCell cell) {
        return (Integer) cell.key().get(3);
    }

    @Test
    void ordinalsCountFromOneAndStopAtFiveOrLater() {
        assertThat(IndependenceChain.ordinal(0)).isEqualTo(1);
        assertThat(IndependenceChain.ordinal(3)).isEqualTo(4);
        assertThat(IndependenceChain.ordinal(4)).isEqualTo(5);
        assertThat(IndependenceChain.ordinal(11)).isEqualTo(5);
    }

    @Test
    void aLowerLevelIsMoreIndependentAndAVisitWithoutALevelCannotBeCompared() {
        Served full = visit(1, 0, 3, 2, 0);
        Served guided = visit(2, 24, 2, 1, 0);
        assertThat(IndependenceChain.level(full, guided)).isEqualTo(Change.MORE_INDEPENDENT);
        assertThat(IndependenceChain.level(guided, full)).isEqualTo(Change.LESS_INDEPENDENT);
        assertThat(IndependenceChain.level(guided, guided)).isEqualTo(Change.SAME);
        assertThat(IndependenceChain.level(visit(3, 0, 0, 0, 0), guided)).isEqualTo(Change.NOT_COMPARABLE);
        assertThat(IndependenceChain.level(null, guided)).isEqualTo(Change.NOT_COMPARABLE);
    }

    @Test
    void selfDoneSharesAreComparedExactly() {
        // 1 of 3 against 2 of 6: the same share, although neither count is.
        assertThat(IndependenceChain.share(visit(1, 0, 2, 3, 1), visit(2, 1, 2, 6, 2)))
                .isEqualTo(Change.SAME);
        assertThat(IndependenceChain.share(visit(1, 0, 2, 3, 1), visit(2, 1, 2, 2, 1)))
                .isEqualTo(Change.MORE_INDEPENDENT);
        assertThat(IndependenceChain.share(visit(1, 0, 2, 2, 2), visit(2, 1, 2, 3, 2)))
                .isEqualTo(Change.LESS_INDEPENDENT);
        assertThat(IndependenceChain.share(visit(1, 0, 2, 0, 0), visit(2, 1, 2, 3, 2)))
                .isEqualTo(Change.NOT_COMPARABLE);
    }

    @Test
    void aChainIsOrderedByEndTimeAndEachVisitIsComparedWithTheOneBefore() {
        // Given out of order: the visit ending first is the first visit.
        List<AggregateCell> cells =
                IndependenceChain.cells(List.of(visit(30, 48, 1, 2, 2), visit(10, 0, 3, 2, 0), visit(20, 24, 2, 2, 1)));
        assertThat(cells).extracting(IndependenceChainTest::ordinalOf).containsExactly(1, 2, 3);
        assertThat(cells).extracting(c -> (Integer) c.key().get(4)).containsExactly(3, 2, 1);
        // visits, errands, self-done, level lower/same/higher, share up/same/down
        assertThat(values(cells.get(0))).containsExactly(1, 2, 0, 0, 0, 0, 0, 0, 0);
        assertThat(values(cells.get(1))).containsExactly(1, 2, 1, 1, 0, 0, 1, 0, 0);
        assertThat(values(cells.get(2))).containsExactly(1, 2, 2, 1, 0, 0, 1, 0, 0);
        assertThat(cells.get(0).key()).containsExactly(7L, T0.toLocalDate(), 3L, 1, 3);
    }

    @Test
    void theSameEndTimeIsOrderedByVisitId() {
        List<AggregateCell> cells = IndependenceChain.cells(List.of(visit(9, 0, 1, 1, 1), visit(8, 0, 3, 1, 0)));
        assertThat(cells).extracting(c -> (Integer) c.key().get(4)).containsExactly(3, 1);
    }

    @Test
    void closingTheLatestVisitAddsOnlyItsOwnCell() {
        List<Served> chain = List.of(visit(1, 0, 3, 1, 0), visit(2, 24, 2, 1, 1));
        List<AggregateCell> delta = IndependenceChain.delta(chain, 2);
        assertThat(delta).singleElement().satisfies(c -> {
            assertThat(ordinalOf(c)).isEqualTo(2);
            assertThat(c.values()).containsExactly(1, 1, 1, 1, 0, 0, 1, 0, 0);
        });
        assertThat(IndependenceChain.delta(chain, 99)).isEmpty();
    }

    /** For random chains and any visit closed last: what was there plus the delta is the whole chain's cells. */
    @Test
    void theDeltaOfAnOutOfOrderCloseMovesTheLaterVisits() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<Served> chain = new ArrayList<>();
            int size = 1 + random.nextInt(8);
            for (int i = 0; i < size; i++) {
                int tasks = random.nextInt(4);
                chain.add(new Served(
                        100 + i,
                        1 + random.nextInt(2),
                        LocalDate.of(2026, 1, 1 + random.nextInt(3)),
                        random.nextInt(2),
                        T0.plusHours(random.nextInt(10)),
                        tasks == 0 ? 0 : 1 + random.nextInt(3),
                        tasks,
                        tasks == 0 ? 0 : random.nextInt(tasks + 1)));
            }
            Served closed = chain.get(random.nextInt(size));
            List<Served> before = chain.stream().filter(v -> v != closed).toList();
            Map<List<Object>, double[]> table = sum(IndependenceChain.cells(before));
            for (AggregateCell cell : IndependenceChain.delta(chain, closed.visitId())) {
                IndependenceChain.add(table, cell, 1);
            }
            table.values().removeIf(v -> v[0] == 0 && Arrays.stream(v).allMatch(x -> x == 0));
            assertThat(table).usingRecursiveComparison().isEqualTo(sum(IndependenceChain.cells(chain)));
        }
    }

    private static Map<List<Object>, double[]> sum(List<AggregateCell> cells) {
        Map<List<Object>, double[]> sums = new HashMap<>();
        cells.forEach(c -> IndependenceChain.add(sums, c, 1));
        return sums;
    }
}
