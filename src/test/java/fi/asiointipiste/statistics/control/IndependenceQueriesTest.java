package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndependenceQueriesTest {

    /** Two aggregate rows of 1st visits (full, self-service) and one of 5th+ visits (guided). */
    private static long[][] sums() {
        long[][] sums = new long[IndependenceChain.LAST_ORDINAL + 1][12];
        IndependenceQueries.add(sums, 1, 3, new long[] {6, 12, 2, 0, 0, 0, 0, 0, 0});
        IndependenceQueries.add(sums, 1, 1, new long[] {2, 2, 2, 0, 0, 0, 0, 0, 0});
        IndependenceQueries.add(sums, 5, 2, new long[] {10, 20, 15, 6, 3, 1, 7, 2, 1});
        return sums;
    }

    @Test
    void theOrdinalTableGivesLevelSharesOfVisitsAndTheSelfDoneShareOfErrands() {
        TableData t = IndependenceQueries.ordinals(sums());
        assertThat(t.getRows()).hasSize(5);
        List<Object> first = t.getRows().get(0);
        assertThat(first).containsExactly("statistics.independence.ordinal.1", 8L, 0.25, 0.0, 0.75, 14L, 4L, 4.0 / 14);
        assertThat(t.getRows().get(1))
                .containsExactly("statistics.independence.ordinal.2", 0L, null, null, null, 0L, 0L, null);
        assertThat(t.getRows().get(4).subList(1, 5)).containsExactly(10L, 0.0, 1.0, 0.0);
    }

    @Test
    void theTransitionTableStartsAtTheSecondVisit() {
        TableData t = IndependenceQueries.transitions(sums());
        assertThat(t.getRows())
                .extracting(r -> r.get(0))
                .containsExactly(
                        "statistics.independence.transition.2",
                        "statistics.independence.transition.3",
                        "statistics.independence.transition.4",
                        "statistics.independence.transition.5");
        assertThat(t.getRows().get(3))
                .containsExactly("statistics.independence.transition.5", 10L, 6L, 3L, 1L, 7L, 2L, 1L);
    }

    @Test
    void smallCountsAreHiddenInExportsLikeEveryOtherTable() {
        List<List<Object>> suppressed = SmallCells.suppress(IndependenceQueries.transitions(sums()));
        assertThat(suppressed.get(3))
                .containsExactly("statistics.independence.transition.5", 10L, 6L, "<5", "<5", 7L, "<5", "<5");
    }
}
