package fi.asiointipiste.rules.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.rules.control.OverridePatterns;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverrideQueryTest {

    @Test
    void theConfiguredThresholdIsShownInWholePerCentAndReadBack() {
        OverrideQuery query = new OverrideQuery();
        query.reset(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                List.of(1L, 2L),
                new OverridePatterns.Threshold(0.3, 20));
        assertThat(query.getMinSharePercent()).isEqualTo(30);
        assertThat(query.getMinDecisions()).isEqualTo(20);
        assertThat(query.getPointIds()).containsExactly(1L, 2L);
        assertThat(query.threshold()).contains(new OverridePatterns.Threshold(0.3, 20));
    }

    @Test
    void aShareOutsideOneToAHundredOrNoDecisionsIsNoThreshold() {
        OverrideQuery query = new OverrideQuery();
        query.setMinDecisions(5);
        for (int share : new int[] {0, -1, 101}) {
            query.setMinSharePercent(share);
            assertThat(query.threshold()).as("share %d", share).isEmpty();
        }
        query.setMinSharePercent(100);
        assertThat(query.threshold()).contains(new OverridePatterns.Threshold(1.0, 5));
        query.setMinDecisions(0);
        assertThat(query.threshold()).isEmpty();
    }
}
