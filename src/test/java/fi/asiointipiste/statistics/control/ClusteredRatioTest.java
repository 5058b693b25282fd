package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ratio of totals and its cluster-robust variance, against figures worked out by hand. */
class ClusteredRatioTest {

    @Test
    void theEstimateIsTheRatioOfTheTotalsNotTheMeanOfTheDailyRatios() {
        ClusteredRatio r = new ClusteredRatio().add(0, 1).add(9, 9);
        // Σy / Σx = 9 / 10; the mean of the two days' ratios would be (0 + 1) / 2 = 0.5.
        assertThat(r.estimate()).isCloseTo(0.9, within(1e-12));
        assertThat(r.observations()).isEqualTo(10);
        assertThat(r.numerator()).isEqualTo(9);
        assertThat(r.clusters()).isEqualTo(2);
    }

    @Test
    void twoClustersGiveTheLinearisedVarianceWithTheSmallSampleFactor() {
        // R = (2 + 4) / (10 + 10) = 0.3; residuals y − R·x: 2 − 3 = −1 and 4 − 3 = 1, their squares sum to 2;
        // V = k/(k−1) · 2 / 20² = 2 · 2 / 400 = 0.01.
        ClusteredRatio r = new ClusteredRatio().add(2, 10).add(4, 10);
        assertThat(r.estimate()).isCloseTo(0.3, within(1e-12));
        assertThat(r.variance()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void threeClustersOfAnAverage() {
        // Waiting minutes 10, 20, 30 of two visits each: R = 60 / 6 = 10 minutes; residuals −10, 0, 10 (squares
        // 200); V = 3/2 · 200 / 6² = 8.333…
        ClusteredRatio r = new ClusteredRatio().add(10, 2).add(20, 2).add(30, 2);
        assertThat(r.estimate()).isCloseTo(10, within(1e-12));
        assertThat(r.variance()).isCloseTo(25.0 / 3, within(1e-12));
    }

    @Test
    void unequalClustersWeighTheirResidualsByTheirSize() {
        // R = (1 + 5) / (5 + 15) = 0.3; residuals 1 − 1.5 = −0.5 and 5 − 4.5 = 0.5 (squares 0.5); V = 2 · 0.5 / 400.
        ClusteredRatio r = new ClusteredRatio().add(1, 5).add(5, 15);
        assertThat(r.variance()).isCloseTo(0.0025, within(1e-12));
    }

    @Test
    void daysWithoutObservationsAreLeftOutAndOneDayHasNoVariance() {
        ClusteredRatio r = new ClusteredRatio().add(0, 0).add(3, 7).add(0, 0);
        assertThat(r.clusters()).isEqualTo(1);
        assertThat(r.estimate()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(r.variance()).isNull();
        assertThat(new ClusteredRatio().estimate()).isNull();
    }

    @Test
    void manyClustersGrowTheStorage() {
        ClusteredRatio r = new ClusteredRatio();
        for (int i = 0; i < 1000; i++) {
            r.add(i % 2 == 0 ? 1 : 3, 4);
        }
        // R = 2000 / 4000 = 0.5; residuals ±1, squares sum 1000; V = 1000/999 · 1000 / 4000².
        assertThat(r.clusters()).isEqualTo(1000);
        assertThat(r.estimate()).isCloseTo(0.5, within(1e-12));
        assertThat(r.variance()).isCloseTo(1000.0 / 999 * 1000 / 16_000_000, within(1e-15));
    }
}
