package fi.asiointipiste.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now". Times are Finnish local time because every service point is in Finland and
 * staff read and report them that way (docs/decisions/0003-local-time.md).
 */
@ApplicationScoped
public class ServiceClock {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private Clock clock = Clock.system(FINLAND);

    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For tests that need a fixed moment. */
    public void use(Clock fixed) {
        this.clock = fixed.withZone(FINLAND);
    }
}
