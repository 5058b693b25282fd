package fi.asiointipiste.platform.startup;

import fi.asiointipiste.platform.persistence.Databases;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the start-up in three steps and knows no feature: (1) migrates the schema, (2) fires {@link Startup},
 * whose observers do the quick work before the first request is served (seed rules, accounts), (3) hands
 * {@link BackgroundStartup} to a managed thread, whose observers do the long work (demo visits, statistics)
 * while the sign-in page already answers; {@link StartupProgress} keeps readiness DOWN and {@link StartupGate}
 * keeps the other pages waiting until it has ended. The order inside each step is the observers' priorities,
 * listed on the two events.
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
    @ConfigProperty(name = "asiointipiste.exit-on-refusal", defaultValue = "true")
    boolean exitOnRefusal;

    @Inject
    Event<Startup> startup;

    @Inject
    Event<BackgroundStartup> background;

    @Inject
    StartupProgress progress;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        RunMode runMode = RunMode.of(mode);
        LOG.info(() -> "Starting Asiointipiste in " + runMode + " mode");
        databases.migration().migrate();
        databases.sizeCache();
        try {
            startup.fire(new Startup(runMode));
        } catch (RuntimeException e) {
            StartRefused refusal = refusalIn(e);
            if (refusal != null) {
                LOG.severe(refusal.getMessage());
                stopTheServer();
                throw refusal;
            }
            throw e;
        }
        executor.execute(() -> progress.runBackground(() -> background.fire(new BackgroundStartup(runMode))));
    }

    /** The refusal, also when an interceptor wrapped it. */
    static StartRefused refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StartRefused refusal) {
                return refusal;
            }
        }
        return null;
    }

    /**
     * A refused start ends the process (exit status 3) instead of leaving a server that answers every request
     * with an error: process supervisors and orchestrators then see the failure at once.
     */
    private void stopTheServer() {
        if (!exitOnRefusal) {
            return;
        }
        Thread exit = new Thread(
                () -> {
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.exit(3);
                },
                "asiointipiste-refused-start");
        exit.setDaemon(true);
        exit.start();
    }
}
