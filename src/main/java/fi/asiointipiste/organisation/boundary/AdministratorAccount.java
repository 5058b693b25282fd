package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.platform.security.PasswordHashing;
import fi.asiointipiste.platform.startup.RunMode;
import fi.asiointipiste.platform.startup.StartRefused;
import fi.asiointipiste.platform.startup.Startup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production has no default password: the first start creates the administrator from the configured
 * password ({@code ASIOINTIPISTE_ADMIN_PASSWORD}) and refuses to start without one (the platform then ends
 * the process with exit status 3).
 */
@ApplicationScoped
public class AdministratorAccount {

    private static final Logger LOG = Logger.getLogger(AdministratorAccount.class.getName());

    @Inject
    StaffUsers staffUsers;

    @Inject
    @ConfigProperty(name = "asiointipiste.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "asiointipiste.admin.password")
    Optional<String> password;

    void onStartup(@Observes @Priority(Startup.ACCOUNTS) Startup startup) {
        if (startup.mode() == RunMode.PRODUCTION) {
            ensureExists();
        }
    }

    public void ensureExists() {
        if (staffUsers.activeWith(Role.ADMIN) > 0) {
            return;
        }
        String configured = password.map(String::strip).orElse("");
        String problem = problemWith(configured);
        if (problem != null) {
            throw new StartRefused("Refusing to start: " + problem);
        }
        staffUsers.create(username, "Administrator", configured, EnumSet.of(Role.ADMIN));
        LOG.warning(() -> "Created administrator '" + username + "' from the configured password;"
                + " remove ASIOINTIPISTE_ADMIN_PASSWORD from the environment now.");
    }

    /** Why the configured password cannot be used, or null when it can. */
    static String problemWith(String configured) {
        if (configured == null || configured.isEmpty()) {
            return "no administrator exists and no administrator password is configured"
                    + " (set ASIOINTIPISTE_ADMIN_PASSWORD, see docs/operations.md)";
        }
        if (configured.length() < PasswordHashing.MINIMUM_LENGTH) {
            return "the configured administrator password is shorter than " + PasswordHashing.MINIMUM_LENGTH
                    + " characters";
        }
        return null;
    }
}
