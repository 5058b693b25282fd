package fi.asiointipiste.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hands out the application's data source to the few places that need plain JDBC (migrations, bulk loads). */
@ApplicationScoped
public class Databases {

    public static final String JNDI_NAME = "java:app/jdbc/asiointipiste";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "asiointipiste.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "asiointipiste.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "asiointipiste.db.password")
    String password;

    /** The schema's owner, when the application connects as another (restricted) role; empty: the same user. */
    @Inject
    @ConfigProperty(name = "asiointipiste.db.owner-user", defaultValue = " ")
    String ownerUser;

    @Inject
    @ConfigProperty(name = "asiointipiste.db.owner-password", defaultValue = " ")
    String ownerPassword;

    /** The share of the heap the embedded H2's page cache gets ({@link H2PageCache}); ignored on PostgreSQL. */
    @Inject
    @ConfigProperty(name = "asiointipiste.db.h2-cache-share", defaultValue = "" + H2PageCache.DEFAULT_SHARE)
    double h2CacheShare;

    /** Sizes H2's page cache from the heap (nothing on PostgreSQL). */
    public void sizeCache() {
        if (!isPostgreSQL()) {
            H2PageCache.size(dataSource, h2CacheShare);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The start's migration: as the owner (then granting the application's role its rights, {@link ApplicationRole})
     * when an owner is configured, otherwise as the application's user.
     */
    public DatabaseMigration migration() {
        if (ownerUser.isBlank() || ownerUser.strip().equalsIgnoreCase(user)) {
            return new DatabaseMigration(dataSource);
        }
        org.flywaydb.core.internal.jdbc.DriverDataSource owner = new org.flywaydb.core.internal.jdbc.DriverDataSource(
                Databases.class.getClassLoader(), null, url, ownerUser.strip(), ownerPassword.strip());
        return new DatabaseMigration(owner, user, password);
    }

    /** Whether the database is PostgreSQL (else H2), for the few statements whose best form differs. */
    public boolean isPostgreSQL() {
        return url.startsWith("jdbc:postgresql:");
    }
}
