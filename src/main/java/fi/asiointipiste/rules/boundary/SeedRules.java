package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.startup.Startup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The rules' start-up work, in every mode: publishes the service-design workshop's seed rule set on a database
 * without rule sets, before anything is routed (the demo's visits are routed by it).
 */
@ApplicationScoped
public class SeedRules {

    @Inject
    RuleSets ruleSets;

    void onStartup(@Observes @Priority(Startup.REFERENCE_DATA) Startup startup) {
        ruleSets.seedIfNone();
    }
}
