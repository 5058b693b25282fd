package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.statistics.control.TableData.Kind;
import org.junit.jupiter.api.Test;

class TableDataTest {

    @Test
    void aKeyIsTranslatedALiteralShownAsItIsAndNothingIsEmpty() {
        assertThat(TableData.text("statistics.col.visits", k -> "[" + k + "]")).isEqualTo("[statistics.col.visits]");
        assertThat(TableData.text(TableData.literal("08"), k -> "[" + k + "]")).isEqualTo("08");
        assertThat(TableData.text(null, k -> "[" + k + "]")).isEmpty();
    }

    @Test
    void aRowMustFillEveryColumnAndOnlyRowsGivenADrillDownHaveOne() {
        TableData t = new TableData("t", "t").column("a", Kind.TEXT).column("b", Kind.COUNT);
        t.row("x", 1L).drill("7").row("y", 2L);
        assertThat(t.drillOf(0)).isEqualTo("7");
        assertThat(t.drillOf(1)).isNull();
        assertThat(t.getRowIndexes()).containsExactly(0, 1);
        assertThatThrownBy(() -> t.row("z")).isInstanceOf(IllegalArgumentException.class);
    }
}
