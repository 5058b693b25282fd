package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.statistics.control.TableData.Kind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownTablesTest {

    /** Label, visits, errands, overridden, self-done, CES n, CES sum, NPS n, promoters, detractors, answers, no-shows, id. */
    private static final Object[] WALK_IN = {
        "WALK_IN", 100L, 150L, 15L, 60L, 20L, 50L, 40L, 20L, 10L, 45L, 10L, "WALK_IN"
    };

    @Test
    void aChannelIsShownByItsLabelAndDrillsDownByItsCode() {
        TableData t = BreakdownTables.breakdown("channels", "statistics.col.channel", List.<Object[]>of(WALK_IN));
        assertThat(t.getTitleKey()).isEqualTo("statistics.channels");
        assertThat(t.kind(0)).isEqualTo(Kind.LABEL);
        // overrides and self-done per errand, CES per answer, NPS in points, answers per visit that was served
        assertThat(t.getRows())
                .containsExactly(Arrays.asList("Channel.WALK_IN", 100L, 150L, 15L, 0.1, 0.4, 2.5, 25.0, 0.5));
        assertThat(t.drillOf(0)).isEqualTo("WALK_IN");
    }

    @Test
    void profilesAndPointsAreShownByNameAndDrillDownByTheirId() {
        TableData t = BreakdownTables.breakdown("points", "statistics.col.point", List.<Object[]>of(new Object[] {
            "Pielavesi", new BigDecimal(3), 3L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 3L, 51L
        }));
        assertThat(t.kind(0)).isEqualTo(Kind.TEXT);
        assertThat(t.getRows()).containsExactly(Arrays.asList("Pielavesi", 3L, 3L, 0L, 0.0, 0.0, null, null, null));
        assertThat(t.drillOf(0)).isEqualTo("51");
    }

    @Test
    void agenciesShowErrandsPerLevelSharedVisitsAndMinutes() {
        TableData t = BreakdownTables.agencies(
                List.<Object[]>of(new Object[] {"Kela", 12L, 2L, 6L, 4L, new BigDecimal("7.5"), 95.25}));
        assertThat(t.getRows()).containsExactly(Arrays.asList("Kela", 12L, 2L, 6L, 4L, 7.5, 95.25));
    }
}
