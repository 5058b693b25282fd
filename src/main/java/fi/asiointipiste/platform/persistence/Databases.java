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

    /**
     * Sizes H2's page cache from the heap (nothing on PostgreSQL), as the owner: H2 lets only an administrator set
     * it, and it holds for every connection (one cache per database).
     */
    public void sizeCache() {
        if (!isPostgreSQL()) {
            H2PageCache.size(ownerDataSource(), h2CacheShare);
        }
    }

    /**
     * The owner's JDBC URL, when it must differ from the application's (H2: persistent settings such as
     * {@code WRITE_DELAY} only the owner may set); empty: the application's URL.
     */
    @Inject
    @ConfigProperty(name = "asiointipiste.db.owner-url", defaultValue = " ")
    String ownerUrl;

    /** The application's pool: its own (restricted) user when an owner is configured. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether the schema's owner is another user than the application's (so grants hold the application back). */
    public boolean ownerIsSeparate() {
        return !ownerUser.isBlank() && !ownerUser.strip().equalsIgnoreCase(user);
    }

    /**
     * Connections of the schema's owner, outside the pool and any JTA transaction: for the start's set-up only
     * (migrations, and in demo mode the bulk load that restarts sequences, which only the owner may alter). The
     * application's pool when the application is the owner.
     */
    public DataSource ownerDataSource() {
        if (!ownerIsSeparate()) {
            return dataSource;
        }
        String jdbcUrl = ownerUrl.isBlank() ? url : ownerUrl.strip();
        return new org.flywaydb.core.internal.jdbc.DriverDataSource(
                Databases.class.getClassLoader(), null, jdbcUrl, ownerUser.strip(), ownerPassword.strip());
    }

    /**
     * The start's migration: as the owner (then granting the application's role its rights, {@link ApplicationRole})
     * when an owner is configured, otherwise as the application's user.
     */
    public DatabaseMigration migration() {
        if (!ownerIsSeparate()) {
            return new DatabaseMigration(dataSource);
        }
        return new DatabaseMigration(ownerDataSource(), user, password);
    }

    /** Whether the database is PostgreSQL (else H2), for the few statements whose best form differs. */
    public boolean isPostgreSQL() {
        return url.startsWith("jdbc:postgresql:");
    }
}
