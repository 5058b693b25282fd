package fi.asiointipiste.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory headroom: below 95 % of the maximum heap after use. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return HealthCheckResponse.named("heap")
                .status(used < runtime.maxMemory() * 0.95)
                .build();
    }
}
