package fi.asiointipiste.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Makes sure that the application's own (restricted) database user can sign in before the persistence unit's first
 * connection, which Payara opens while it deploys the application, before {@link DatabaseMigration} runs: on H2 the
 * schema's owner opens (on a first start: creates) the database and creates the user ({@link ApplicationRole}); its
 * rights follow with the migration. On PostgreSQL the operator creates the login role, and nothing is needed here;
 * neither when the application is the owner. Registered in persistence.xml as a session event listener.
 */
public class ApplicationLogin extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(ApplicationLogin.class.getName());

    @Override
    public void preLogin(SessionEvent event) {
        Config config = ConfigProvider.getConfig(ApplicationLogin.class.getClassLoader());
        String url = config.getValue("asiointipiste.db.url", String.class);
        String user = config.getValue("asiointipiste.db.user", String.class);
        String owner = setting(config, "asiointipiste.db.owner-user");
        if (!url.startsWith("jdbc:h2:") || owner.isEmpty() || owner.equalsIgnoreCase(user)) {
            return;
        }
        String ownerUrl = setting(config, "asiointipiste.db.owner-url");
        var ownerDataSource = new org.flywaydb.core.internal.jdbc.DriverDataSource(
                ApplicationLogin.class.getClassLoader(),
                null,
                ownerUrl.isEmpty() ? url : ownerUrl,
                owner,
                setting(config, "asiointipiste.db.owner-password"));
        try (Connection c = ownerDataSource.getConnection()) {
            ApplicationRole.createH2User(c, user, config.getValue("asiointipiste.db.password", String.class));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The schema's owner (asiointipiste.db.owner-user) could not open the database to create the"
                            + " application's user",
                    e);
        }
        LOG.info(() -> "The application's database user " + user + " exists (created by the owner " + owner + ")");
    }

    private static String setting(Config config, String name) {
        return config.getOptionalValue(name, String.class).orElse("").strip();
    }
}
