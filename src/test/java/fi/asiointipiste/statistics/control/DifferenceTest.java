package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Differences and the difference in differences with their 95 % intervals, against figures worked out by hand.
 * The four groups (see ClusteredRatioTest for each variance):
 * pilot before (2,10),(4,10): R 0.3, V 0.01; pilot during (6,10),(8,10): R 0.7, V 0.01;
 * comparison before (1,5),(5,15): R 0.3, V 0.0025; comparison during (2,10),(6,10): R 0.4, V 2·8/400 = 0.04.
 */
class DifferenceTest {

    private static final ClusteredRatio PILOT_BEFORE =
            new ClusteredRatio().add(2, 10).add(4, 10);
    private static final ClusteredRatio PILOT_DURING =
            new ClusteredRatio().add(6, 10).add(8, 10);
    private static final ClusteredRatio COMPARISON_BEFORE =
            new ClusteredRatio().add(1, 5).add(5, 15);
    private static final ClusteredRatio COMPARISON_DURING =
            new ClusteredRatio().add(2, 10).add(6, 10);

    @Test
    void theDifferenceInDifferencesAndItsInterval() {
        Difference did =
                Difference.inDifferences(PILOT_DURING, PILOT_BEFORE, COMPARISON_DURING, COMPARISON_BEFORE, 100);
        // (0.7 − 0.3) − (0.4 − 0.3) = 0.3 → 30 percentage points; V = 0.01 + 0.01 + 0.0025 + 0.04 = 0.0625,
        // SE = 0.25 → 25 points; 95 % interval 30 ± 1.959964 · 25 = [−19.0, 79.0]: not distinguishable from noise.
        assertThat(did.estimate()).isCloseTo(30, within(1e-9));
        assertThat(did.standardError()).isCloseTo(25, within(1e-9));
        assertThat(did.low()).isCloseTo(-18.9991, within(1e-4));
        assertThat(did.high()).isCloseTo(78.9991, within(1e-4));
        assertThat(did.excludesZero()).isFalse();
    }

    @Test
    void theChangeAtThePilotPoints() {
        Difference change = Difference.between(PILOT_DURING, PILOT_BEFORE, 100);
        // 0.7 − 0.3 = 40 points; SE = √0.02 · 100 = 14.1421; interval [12.2819, 67.7181]: a real change.
        assertThat(change.estimate()).isCloseTo(40, within(1e-9));
        assertThat(change.standardError()).isCloseTo(14.1421, within(1e-4));
        assertThat(change.low()).isCloseTo(12.2819, within(1e-4));
        assertThat(change.high()).isCloseTo(67.7181, within(1e-4));
        assertThat(change.excludesZero()).isTrue();
    }

    @Test
    void aGroupWithTooFewObservationsOrOneDayGivesNoDifference() {
        ClusteredRatio oneDay = new ClusteredRatio().add(5, 50);
        ClusteredRatio fourErrands = new ClusteredRatio().add(1, 2).add(1, 2);
        assertThat(Difference.between(oneDay, PILOT_BEFORE, 1)).isNull();
        assertThat(Difference.between(PILOT_DURING, fourErrands, 1)).isNull();
        assertThat(Difference.inDifferences(PILOT_DURING, PILOT_BEFORE, COMPARISON_DURING, oneDay, 1))
                .isNull();
        ClusteredRatio fiveErrands = new ClusteredRatio().add(1, 2).add(1, 3);
        assertThat(Difference.between(PILOT_DURING, fiveErrands, 1)).isNotNull();
    }

    @Test
    void aNegativeIntervalExcludesZeroToo() {
        Difference d = new Difference(-3, 1);
        assertThat(d.high()).isCloseTo(-1.04, within(1e-2));
        assertThat(d.excludesZero()).isTrue();
    }
}
