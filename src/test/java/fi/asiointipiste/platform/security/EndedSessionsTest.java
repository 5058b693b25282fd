package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Why a session ended, kept for the page's other requests for a while, bounded in time and size. */
class EndedSessionsTest {

    private final EndedSessions ended = new EndedSessions();

    @Test
    void aSessionsReasonIsKeptForAWhileThenForgotten() {
        ended.ended("a", "ended", 1_000);
        assertThat(ended.reasonOf("a", 1_000 + EndedSessions.KEPT_MILLIS - 1)).contains("ended");
        assertThat(ended.reasonOf("b", 2_000)).isEmpty();
        assertThat(ended.reasonOf(null, 2_000)).isEmpty();
        assertThat(ended.reasonOf("a", 1_000 + EndedSessions.KEPT_MILLIS)).isEmpty();
    }

    @Test
    void theLatestReasonCountsAndTheOldestGoFirstBeyondTheBound() {
        ended.ended("a", "timedOut", 0);
        ended.ended("a", "ended", 1);
        assertThat(ended.reasonOf("a", 2)).contains("ended");
        for (int i = 0; i < EndedSessions.MAX; i++) {
            ended.ended("s" + i, "ended", 10);
        }
        assertThat(ended.reasonOf("a", 11)).as("the oldest forgotten").isEmpty();
        assertThat(ended.reasonOf("s0", 11)).contains("ended");
        assertThat(ended.reasonOf("s" + (EndedSessions.MAX - 1), 11)).contains("ended");
        ended.ended(null, "ended", 12);
        assertThat(ended.reasonOf(null, 12)).isEmpty();
    }
}
