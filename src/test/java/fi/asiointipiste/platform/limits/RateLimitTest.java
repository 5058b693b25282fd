package fi.asiointipiste.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimit limit = new RateLimit(3, Duration.ofMinutes(10), now::get);

    @Test
    void refusesUsesBeyondTheLimitWithinTheWindow() {
        assertThat(limit.tryUse("clerk")).isTrue();
        assertThat(limit.tryUse("clerk")).isTrue();
        assertThat(limit.tryUse("clerk")).isTrue();
        assertThat(limit.tryUse("clerk")).isFalse();
        assertThat(limit.tryUse("other")).as("each user counts alone").isTrue();
    }

    @Test
    void aSlidingWindowLetsUsesAgainOnceTheOldestHasPassed() {
        limit.tryUse("clerk");
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        limit.tryUse("clerk");
        limit.tryUse("clerk");
        assertThat(limit.tryUse("clerk")).isFalse();
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(limit.tryUse("clerk")).as("the first use left the window").isTrue();
        assertThat(limit.tryUse("clerk")).isFalse();
    }

    @Test
    void aRefusedUseIsNotCounted() {
        for (int i = 0; i < 10; i++) {
            limit.tryUse("clerk");
        }
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(limit.tryUse("clerk")).isTrue();
    }
}
