package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrandTablesTest {

    @Test
    void anErrandShowsItsLevelsOverridesAndCesAndDrillsDownByItsId() {
        TableData t = ErrandTables.tasks(List.of(
                new Object[] {7L, "Asumistuki", "Kela", new BigDecimal(40), 10L, 20L, 10L, 8L, 5L, 15L},
                new Object[] {12, "Verokortti", "Vero", 4L, 4L, 0L, 0L, 0L, 0L, 0L}));
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("Asumistuki", "Kela", 40L, 10L, 20L, 10L, 8L, 0.2, 3.0),
                        Arrays.asList("Verokortti", "Vero", 4L, 4L, 0L, 0L, 0L, 0.0, null));
        assertThat(t.drillOf(0)).isEqualTo("7");
        assertThat(t.drillOf(1)).isEqualTo("12");
        assertThat(t.getHeaderKeys())
                .startsWith(
                        "statistics.col.task",
                        "statistics.col.agency",
                        "statistics.col.errands",
                        "SupportLevel.SELF_SERVICE");
    }

    @Test
    void anExportedErrandWithFewErrandsHidesItsRateAndCes() {
        TableData t = ErrandTables.tasks(List.of(
                new Object[] {7L, "Asumistuki", "Kela", 40L, 10L, 20L, 10L, 8L, 5L, 15L},
                new Object[] {8L, "Muutto", "DVV", 30L, 30L, 0L, 0L, 6L, 2L, 4L},
                new Object[] {9L, "Verokortti", "Vero", 2L, 2L, 0L, 0L, 1L, 1L, 5L}));
        List<List<Object>> cells = SmallCells.suppress(t);
        assertThat(cells.get(2)).containsExactly("Verokortti", "Vero", "<5", "<5", 0L, 0L, "<5", "–", "–");
        // the next smallest errand count is hidden too, so the total does not give the small one away
        assertThat(cells.get(1).subList(2, 4)).containsExactly("<5", 30L);
        assertThat(cells.get(0).get(2)).isEqualTo(40L);
    }
}
