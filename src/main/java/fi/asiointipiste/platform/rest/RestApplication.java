package fi.asiointipiste.platform.rest;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Activates JAX-RS under {@code /api} and defines the application's one data source.
 *
 * <p>The data source lives here because Payara picks up {@code @DataSourceDefinition} on the JAX-RS
 * application class. Its settings come from MicroProfile Config (system properties or environment
 * variables such as {@code ASIOINTIPISTE_DB_URL}); {@code config/} documents them per environment.
 */
@ApplicationPath("/api")
@DataSourceDefinition(
        name = "java:app/jdbc/asiointipiste",
        className = "${MPCONFIG=asiointipiste.db.datasource-class}",
        url = "${MPCONFIG=asiointipiste.db.url}",
        user = "${MPCONFIG=asiointipiste.db.user}",
        password = "${MPCONFIG=asiointipiste.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class RestApplication extends Application {
}
