package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsRowsTest {

    @Test
    void menuOptionsKeepTheQuerysOrderWithIdsAsLongWhateverTheDatabaseReturns() {
        Map<Long, String> options = StatisticsRows.names(
                List.of(new Object[] {12, "Asumistuki"}, new Object[] {new BigDecimal(3), "Muutto"}, new Object[] {
                    7L, "Verokortti"
                }));
        assertThat(options)
                .containsExactly(Map.entry(12L, "Asumistuki"), Map.entry(3L, "Muutto"), Map.entry(7L, "Verokortti"));
        assertThat(options.get(3L)).isEqualTo("Muutto");
    }
}
