package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void anAddressOverItsLimitIsRefusedUntilTheWindowHasPassed() {
        RateWindow w = new RateWindow(3, Duration.ofMinutes(10));
        assertThat(w.allow("10.0.0.1", T0)).isTrue();
        assertThat(w.allow("10.0.0.1", T0.plusSeconds(1))).isTrue();
        assertThat(w.allow("10.0.0.1", T0.plusSeconds(2))).isTrue();
        assertThat(w.allow("10.0.0.1", T0.plusSeconds(3))).isFalse();
        assertThat(w.allow("10.0.0.2", T0.plusSeconds(3)))
                .as("another address has its own limit")
                .isTrue();
        assertThat(w.allow("10.0.0.1", T0.plusSeconds(599))).isFalse();
        assertThat(w.allow("10.0.0.1", T0.plus(Duration.ofMinutes(10)).plusSeconds(1)))
                .isTrue();
    }

    @Test
    void aRefusedAttemptDoesNotProlongTheWait() {
        RateWindow w = new RateWindow(1, Duration.ofMinutes(1));
        assertThat(w.allow("a", T0)).isTrue();
        for (int i = 1; i < 60; i++) {
            assertThat(w.allow("a", T0.plusSeconds(i))).isFalse();
        }
        assertThat(w.allow("a", T0.plusSeconds(61))).isTrue();
    }
}
