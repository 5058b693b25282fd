package fi.asiointipiste.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database hands out a connection that answers within 1.5 s ({@link DatabaseProbe}); DOWN otherwise,
 * including while the database is out, so that a load balancer sends no new work here until it is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = probe.answers().toCompletableFuture().get(DatabaseProbe.TIMEOUT_MILLIS + 500, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException noAnswer) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        return HealthCheckResponse.named("database").status(up).build();
    }
}
