package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeedbackTablesTest {

    @Test
    void theCesDistributionGivesEachScoreItsShareOfTheAnswers() {
        TableData t = FeedbackTables.ces(new Object[] {1L, 1L, 2L, new BigDecimal(4), 2L, 10L});
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("1", 1L, 0.1),
                        Arrays.asList("2", 1L, 0.1),
                        Arrays.asList("3", 2L, 0.2),
                        Arrays.asList("4", 4L, 0.4),
                        Arrays.asList("5", 2L, 0.2));
        assertThat(FeedbackTables.ces(new Object[] {null, null, null, null, null, null})
                        .getRows())
                .extracting(r -> r.get(2))
                .containsOnlyNulls();
    }

    @Test
    void npsGroupsArePromotersPassivesAndDetractors() {
        TableData t = FeedbackTables.nps(new FeedbackSummary(25, 2.0, 20, 11, 4));
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("statistics.promoters", 11L, 0.55),
                        Arrays.asList("statistics.passives", 5L, 0.25),
                        Arrays.asList("statistics.detractors", 4L, 0.2));
    }
}
