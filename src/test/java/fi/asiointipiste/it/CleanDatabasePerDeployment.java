package fi.asiointipiste.it;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.event.SetupContainer;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Arquillian client-side extension (registered in META-INF/services) for the PostgreSQL run; nothing happens on H2.
 * It points the Payara Micro container at PostgreSQL (it replaces the {@code -Dasiointipiste.db.*} options of
 * arquillian.xml before the container is set up) and empties the test schema before every deployment, so every IT
 * class starts from an empty database, as every Payara Micro process does on in-memory H2. As on H2, the test user
 * owns the schema and migrates it, and the application's pool connects as a restricted login role
 * ({@link TestDatabase#APPLICATION_ROLE}, created if missing) that the migration grants its rights: on
 * {@code audit_event} only INSERT and SELECT.
 */
public class CleanDatabasePerDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(CleanDatabasePerDeployment.class.getName());
    private static final String DB_OPTION = "-Dasiointipiste.db.";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    /** The container options with the database options replaced by PostgreSQL's (spaces escaped as Arquillian expects). */
    static String onPostgresql(String cmdOptions) {
        Stream<String> others =
                Arrays.stream(cmdOptions.trim().split("(?<!\\\\)\\s+")).filter(o -> !o.startsWith(DB_OPTION));
        Stream<String> postgresql = Stream.of(
                        DB_OPTION + "datasource-class=org.postgresql.ds.PGSimpleDataSource",
                        DB_OPTION + "url=" + TestDatabase.applicationUrl(),
                        DB_OPTION + "user=" + TestDatabase.APPLICATION_ROLE,
                        DB_OPTION + "password=" + TestDatabase.APPLICATION_ROLE_PASSWORD,
                        DB_OPTION + "owner-user=" + TestDatabase.user(),
                        DB_OPTION + "owner-password=" + TestDatabase.password())
                .map(o -> o.replace(" ", "\\ "));
        return Stream.concat(others, postgresql).collect(Collectors.joining(" "));
    }

    public static class Observer {

        /** Runs before Arquillian's own set-up of the container reads the configuration. */
        public void pointAtPostgresql(@Observes(precedence = 100) SetupContainer event) {
            if (TestDatabase.isPostgresql()) {
                var container = event.getContainer();
                String options = container
                        .getContainerConfiguration()
                        .getContainerProperties()
                        .getOrDefault("cmdOptions", "");
                container.getContainerConfiguration().overrideProperty("cmdOptions", onPostgresql(options));
                LOG.info(() ->
                        "Integration tests on PostgreSQL " + TestDatabase.url() + ", schema " + TestDatabase.schema());
            }
        }

        public void emptySchema(@Observes BeforeDeploy event) throws SQLException {
            if (TestDatabase.isPostgresql()) {
                TestDatabase.reset();
            }
        }

        /** A guard: the application really ran its migrations in the test schema (not on some H2 of its own). */
        public void checkMigrated(@Observes AfterDeploy event) throws SQLException {
            if (TestDatabase.isPostgresql() && !TestDatabase.migrated()) {
                throw new IllegalStateException(
                        "The deployment did not migrate the PostgreSQL schema " + TestDatabase.schema());
            }
        }

        public void dropSchema(@Observes AfterSuite event) {
            if (TestDatabase.isPostgresql()) {
                try {
                    TestDatabase.drop();
                } catch (SQLException e) {
                    LOG.warning(
                            () -> "Could not drop the test schema " + TestDatabase.schema() + ": " + e.getMessage());
                }
            }
        }
    }
}
