package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.statistics.control.TableData.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallCellsTest {

    private static TableData levels(long a, long b, long c) {
        return new TableData("t", "t")
                .column("label", Kind.LABEL)
                .column("count", Kind.COUNT)
                .column("share", Kind.PERCENT)
                .row("A", a, 0.1)
                .row("B", b, 0.2)
                .row("C", c, 0.7);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 0", "1, <5", "4, <5", "5, 5", "120, 120"})
    void countsFromOneToFourAreHidden(long count, String shown) {
        List<List<Object>> cells = SmallCells.suppress(levels(count, 3, 1));
        assertThat(String.valueOf(cells.get(0).get(1))).isEqualTo(shown);
    }

    @Test
    void aSingleHiddenCellTakesTheSmallestOtherWithItSoTotalsRevealNothing() {
        List<List<Object>> cells = SmallCells.suppress(levels(3, 40, 500));
        assertThat(cells).extracting(row -> row.get(1)).containsExactly("<5", "<5", 500L);
    }

    @Test
    void twoHiddenCellsNeedNoSecondarySuppression() {
        List<List<Object>> cells = SmallCells.suppress(levels(3, 2, 500));
        assertThat(cells).extracting(row -> row.get(1)).containsExactly("<5", "<5", 500L);
    }

    @Test
    void sharesOfAHiddenRowAreWithheld() {
        List<List<Object>> cells = SmallCells.suppress(levels(3, 40, 500));
        assertThat(cells.get(0).get(2)).isEqualTo("–");
        assertThat(cells.get(2).get(2)).isEqualTo(0.7);
    }

    @Test
    void nothingSmallNothingHidden() {
        List<List<Object>> cells = SmallCells.suppress(levels(10, 0, 500));
        assertThat(cells).extracting(row -> row.get(1)).containsExactly(10L, 0L, 500L);
    }
}
