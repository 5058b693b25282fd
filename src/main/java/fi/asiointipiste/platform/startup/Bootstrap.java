package fi.asiointipiste.platform.startup;

import fi.asiointipiste.platform.persistence.DatabaseMigration;
import fi.asiointipiste.demo.DemoAppointments;
import fi.asiointipiste.demo.DemoData;
import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.rules.boundary.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once when the application starts, before it serves a request: migrates the schema, publishes the
 * workshop's seed routing rules on a database without rule sets, then either
 * loads the demo data (demo mode) or makes sure an administrator exists (production). A production start
 * without an administrator and without a configured administrator password fails the deployment.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    Databases databases;

    @Inject
    @ConfigProperty(name = "asiointipiste.mode", defaultValue = "production")
    String mode;

    @Inject
    AdministratorAccount administrator;

    @Inject
    DemoData demoData;

    @Inject
    DemoAppointments demoAppointments;

    @Inject
    RuleSets ruleSets;

    @Inject
    @ConfigProperty(name = "asiointipiste.exit-on-refusal", defaultValue = "true")
    boolean exitOnRefusal;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        RunMode runMode = RunMode.of(mode);
        LOG.info(() -> "Starting Asiointipiste in " + runMode + " mode");
        new DatabaseMigration(databases.dataSource()).migrate();
        ruleSets.seedIfNone();
        if (runMode == RunMode.DEMO) {
            demoData.loadOnFirstStart();
            demoAppointments.bookTodayIfNone();
        } else {
            try {
                administrator.ensureExists();
            } catch (IllegalStateException refusal) {
                LOG.severe(refusal.getMessage());
                stopTheServer();
                throw refusal;
            }
        }
    }

    /**
     * A refused production start ends the process (exit status 3) instead of leaving a server that answers
     * every request with an error: process supervisors and orchestrators then see the failure at once.
     */
    private void stopTheServer() {
        if (!exitOnRefusal) {
            return;
        }
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(3);
        }, "asiointipiste-refused-start");
        exit.setDaemon(true);
        exit.start();
    }
}
