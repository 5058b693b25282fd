package fi.asiointipiste.privacy.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention job every night at 02:30 (server time), unless {@code asiointipiste.retention.enabled} is false.
 * A non-persistent EJB timer: it fires on every node of a cluster, but only the node that takes the night's lease in
 * the database runs the job ({@link Retention#nightly()}); the others do nothing.
 */
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "asiointipiste.retention.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    Retention retention;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        if (!enabled) {
            return;
        }
        try {
            retention.nightly();
        } catch (RuntimeException e) {
            // The next night continues where this one stopped.
            LOG.log(Level.WARNING, "Retention run failed; it continues at the next run", e);
        }
    }
}
