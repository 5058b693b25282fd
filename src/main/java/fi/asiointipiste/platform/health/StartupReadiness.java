package fi.asiointipiste.platform.health;

import fi.asiointipiste.platform.startup.StartupProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when every start-up step has finished, the background ones included (demo visits, statistics
 * aggregates): before that, pages would show incomplete figures. A failed step keeps it DOWN (see the log).
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    @Inject
    StartupProgress progress;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("startup")
                .status(progress.ready())
                .withData("state", progress.state().name())
                .build();
    }
}
