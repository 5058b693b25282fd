package fi.asiointipiste.platform.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version with the versioned SQL in {@code db/migration}. The same scripts
 * run on H2 and PostgreSQL; a database made by an older release is upgraded in place.
 */
public final class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private final DataSource dataSource;
    private final String applicationRole;
    private final String applicationPassword;

    /** Migrates as the application's own user (it owns the schema; no grants). */
    public DatabaseMigration(DataSource dataSource) {
        this(dataSource, null, null);
    }

    /**
     * Migrates through the owner's data source, then grants the application's role its rights
     * ({@link ApplicationRole}); with a null role the application is the owner.
     */
    public DatabaseMigration(DataSource ownerDataSource, String applicationRole, String applicationPassword) {
        this.dataSource = ownerDataSource;
        this.applicationRole = applicationRole;
        this.applicationPassword = applicationPassword;
    }

    public MigrateResult migrate() {
        MigrateResult result = flyway();
        if (applicationRole == null) {
            ApplicationRole.warnOwnerIsApplication();
        } else {
            try (java.sql.Connection owner = dataSource.getConnection()) {
                ApplicationRole.grant(owner, applicationRole, applicationPassword);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not grant the application's database role its rights", e);
            }
        }
        return result;
    }

    private MigrateResult flyway() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
        return result;
    }
}
