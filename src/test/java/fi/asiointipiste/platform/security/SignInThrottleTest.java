package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle =
            new SignInThrottle(clock, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), 100);

    @Test
    void locksANameOutAfterFiveFailuresWithinTheWindow() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("clerk", "10.0.0." + i))
                    .as("failure %d", i)
                    .isFalse();
            assertThat(throttle.locked("clerk", "10.0.0.99")).isFalse();
        }
        assertThat(throttle.failed("Clerk ", "10.0.0.5"))
                .as("the fifth starts the lock-out")
                .isTrue();
        assertThat(throttle.locked("clerk", "10.9.9.9"))
                .as("from any address, in any case")
                .isTrue();
        assertThat(throttle.locked("CLERK", null)).isTrue();
        assertThat(throttle.locked("clerk2", "10.9.9.9"))
                .as("another name is not locked")
                .isFalse();
        assertThat(throttle.lockedUntil("clerk", null))
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void aNameThatIsNoAccountIsLockedOutExactlyAlike() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("no.such.user", "10.0.0.1");
        }
        assertThat(throttle.failed("no.such.user", "10.0.0.1")).isTrue();
        assertThat(throttle.locked("no.such.user", "10.0.0.2")).isTrue();
    }

    @Test
    void theLockOutEndsAndCountingStartsAgain() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("clerk", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.locked("clerk", "10.0.0.2")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.locked("clerk", "10.0.0.2")).isFalse();
        assertThat(throttle.failed("clerk", "10.0.0.2"))
                .as("one failure after the lock-out")
                .isFalse();
        assertThat(throttle.locked("clerk", "10.0.0.2")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("clerk", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.failed("clerk", "10.0.0.1")).isFalse();
        assertThat(throttle.locked("clerk", "10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheNamesCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("clerk", "10.0.0.1");
        }
        throttle.succeeded("clerk");
        assertThat(throttle.failed("clerk", "10.0.0.1")).isFalse();
        assertThat(throttle.locked("clerk", "10.0.0.7")).isFalse();
    }

    @Test
    void locksAnAddressOutThatTriesManyNames() {
        for (int i = 1; i < 20; i++) {
            assertThat(throttle.failed("user" + i, "192.0.2.1")).isFalse();
        }
        assertThat(throttle.failed("user20", "192.0.2.1")).isTrue();
        assertThat(throttle.locked("admin", "192.0.2.1"))
                .as("every name from that address")
                .isTrue();
        assertThat(throttle.locked("admin", "192.0.2.2")).isFalse();
    }

    @Test
    void remembersABoundedNumberOfNamesAndAddresses() {
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("spray" + i, "198.51.100." + (i % 250));
        }
        assertThat(throttle.remembered()).isLessThanOrEqualTo(200);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
