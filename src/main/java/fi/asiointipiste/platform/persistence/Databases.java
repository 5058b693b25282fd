package fi.asiointipiste.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Hands out the application's data source to the few places that need plain JDBC (migrations, bulk loads). */
@ApplicationScoped
public class Databases {

    public static final String JNDI_NAME = "java:app/jdbc/asiointipiste";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    private volatile Boolean postgreSQL;

    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether the database is PostgreSQL (else H2), for the few statements whose best form differs. Asked once. */
    public boolean isPostgreSQL() {
        Boolean known = postgreSQL;
        if (known == null) {
            try (java.sql.Connection c = dataSource.getConnection()) {
                known = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
            postgreSQL = known;
        }
        return known;
    }
}
