package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock();
    private final VerifiedCredentials remembered = new VerifiedCredentials(clock, Duration.ofMinutes(5), 3);

    @Test
    void remembersANameAndPasswordForAFewMinutes() {
        remembered.remember("clerk", "asiointipiste", "clerk", Set.of("CLERK"), "stamp-1");
        assertThat(remembered.find("clerk", "asiointipiste")).hasValueSatisfying(v -> {
            assertThat(v.name()).isEqualTo("clerk");
            assertThat(v.groups()).containsExactly("CLERK");
            assertThat(v.stamp()).isEqualTo("stamp-1");
        });
        assertThat(remembered.find("clerk", "asiointipistE"))
                .as("another password")
                .isEmpty();
        assertThat(remembered.find("clerk2", "asiointipiste"))
                .as("another name")
                .isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(remembered.find("clerk", "asiointipiste")).as("expired").isEmpty();
    }

    @Test
    void forgetsOnRequestAndStaysBounded() {
        remembered.remember("clerk", "pw", "clerk", Set.of("CLERK"), "s");
        remembered.forget("clerk", "pw");
        assertThat(remembered.find("clerk", "pw")).isEmpty();
        for (int i = 0; i < 10; i++) {
            remembered.remember("user" + i, "pw", "user" + i, Set.of("CLERK"), "s");
        }
        assertThat(remembered.size()).isLessThanOrEqualTo(3);
        assertThat(remembered.find("user9", "pw")).isPresent();
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        VerifiedCredentials off = new VerifiedCredentials(clock, Duration.ZERO, 10);
        off.remember("clerk", "pw", "clerk", Set.of(), "s");
        assertThat(off.find("clerk", "pw")).isEmpty();
    }
}
