package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

    /** Ten visits waiting 1..10 minutes. */
    private static Map<Integer, Long> oneToTen() {
        Map<Integer, Long> h = new TreeMap<>();
        for (int i = 1; i <= 10; i++) {
            h.put(i, 1L);
        }
        return h;
    }

    @ParameterizedTest(name = "p{0} of 1..10 is {1}")
    @CsvSource({"90, 9", "50, 5", "91, 10", "100, 10", "10, 1", "1, 1"})
    void nearestRankOnOneToTen(double p, int expected) {
        assertThat(Percentiles.of(oneToTen(), p)).isEqualTo(expected);
    }

    @Test
    void weightedBucketsCountEveryVisit() {
        // 85 visits at 3 min, 10 at 20 min, 5 at 60 min: the 90th percentile (rank 90) lies in the 20-minute bucket.
        assertThat(Percentiles.of(Map.of(3, 85L, 20, 10L, 60, 5L), 90)).isEqualTo(20);
        assertThat(Percentiles.of(Map.of(3, 90L, 20, 5L, 60, 5L), 90)).isEqualTo(3);
    }

    @Test
    void emptyHistogramHasNoPercentile() {
        assertThat(Percentiles.of(Map.of(), 90)).isNull();
    }

    @Test
    void percentileOutsideRangeIsRefused() {
        assertThatThrownBy(() -> Percentiles.of(oneToTen(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(oneToTen(), 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
