package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackSummaryTest {

    @ParameterizedTest(name = "{1} promoters, {2} detractors of {0} → NPS {3}")
    @CsvSource({
        "10, 10, 0, 100",
        "10, 0, 10, -100",
        "10, 5, 5, 0",
        "200, 110, 30, 40",
        "3, 2, 0, 67",
        "8, 1, 2, -13",
        "8, 2, 1, 13"
    })
    void npsIsPromotersMinusDetractorsInPercentagePoints(long answers, long promoters, long detractors, int nps) {
        assertThat(new FeedbackSummary(answers, 2.0, answers, promoters, detractors).nps())
                .isEqualTo(nps);
    }

    @Test
    void noAnswersMeansNoNps() {
        assertThat(new FeedbackSummary(0, null, 0, 0, 0).nps()).isNull();
    }

    @Test
    void passivesAreTheRest() {
        assertThat(new FeedbackSummary(10, 2.0, 10, 5, 2).passives()).isEqualTo(3);
    }
}
