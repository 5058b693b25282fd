package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelTablesTest {

    private static Object[] row(Object... cells) {
        return cells;
    }

    @Test
    void eachLevelShowsItsErrandsAsAShareOfAllErrandsThoseWithoutALevelIncluded() {
        TableData t = LevelTables.levels(
                List.of(row("SELF_SERVICE", 30L), row("GUIDED", new BigDecimal(50)), row("NONE", 20L)),
                List.of(row(1, 10L, 10L, 50L, 8L, 80L), row(2, 20L, 20L, 300L, 20L, 400L)),
                List.of());
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("SupportLevel.SELF_SERVICE", 30L, 0.3, 10L, 5.0, null, 10.0, null),
                        Arrays.asList("SupportLevel.GUIDED", 50L, 0.5, 20L, 15.0, null, 20.0, null),
                        Arrays.asList("SupportLevel.FULL_ASSISTANCE", 0L, 0.0, 0L, null, null, null, null));
    }

    @Test
    void aLevelDrillsDownByItsName() {
        TableData t = LevelTables.levels(List.of(), List.of(), List.of());
        assertThat(List.of(t.drillOf(0), t.drillOf(1), t.drillOf(2)))
                .containsExactly("SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE");
        assertThat(t.getRows()).extracting(r -> r.get(2)).containsOnlyNulls();
    }

    @Test
    void the90thPercentilesComeFromEachLevelsOwnHistogramsOfWaitingAndHandlingMinutes() {
        TableData t = LevelTables.levels(
                List.of(),
                List.<Object[]>of(row(2, 12L, 12L, 120L, 12L, 240L)),
                List.of(
                        row(2, "W", 5, new BigDecimal(9)),
                        row(2, "W", 30, 1L),
                        row(2, "H", 10, 1L),
                        row(2, "H", 20, 1L),
                        row(3, "W", 60, 4L)));
        List<Object> guided = t.getRows().get(1);
        assertThat(guided.subList(3, 8)).containsExactly(12L, 10.0, 5.0, 20.0, 20.0);
        assertThat(t.getRows().get(0).get(5)).isNull();
        assertThat(t.getRows().get(2).subList(5, 8)).containsExactly(60.0, null, null);
    }

    @Test
    void outcomesAreSharesOfAllOutcomesAndEmptyWithoutErrands() {
        TableData t = LevelTables.outcomes(row(new BigDecimal(6), 2L, 2L, null));
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("TaskOutcome.DONE", 6L, 0.6),
                        Arrays.asList("TaskOutcome.REFERRED", 2L, 0.2),
                        Arrays.asList("TaskOutcome.CONTINUES", 2L, 0.2),
                        Arrays.asList("TaskOutcome.NOT_POSSIBLE", 0L, 0.0));
        assertThat(LevelTables.outcomes(row(null, null, null, null)).getRows())
                .extracting(r -> r.get(2))
                .containsOnlyNulls();
    }

    @Test
    void aPrintedLevelWithFewErrandsHidesItsCountTheNextSmallestAndTheirAverages() {
        TableData t = LevelTables.levels(
                List.of(row("SELF_SERVICE", 3L), row("GUIDED", 50L), row("FULL_ASSISTANCE", 400L)),
                List.of(
                        row(1, 10L, 10L, 50L, 8L, 80L),
                        row(2, 20L, 20L, 300L, 20L, 400L),
                        row(3, 300L, 300L, 900L, 300L, 9000L)),
                List.of());
        List<List<Object>> printed = SmallCells.suppress(t);
        assertThat(printed.get(0)).containsExactly("SupportLevel.SELF_SERVICE", "<5", "–", 10L, "–", null, "–", null);
        assertThat(printed.get(1).subList(1, 5)).containsExactly("<5", "–", 20L, "–");
        assertThat(printed.get(2).subList(1, 5)).containsExactly(400L, 400.0 / 453, 300L, 3.0);
    }
}
