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
 *
 * <p>The pool (Payara's {@code fish.payara.*} properties, docs/operations.md "Connection pool"): every connection is
 * validated when it is handed out ({@code Connection.isValid}, works on H2 and PostgreSQL), and one failed validation
 * replaces every pooled connection, so after a database restart the pool is fresh at the first request instead of
 * failing on dead connections; a request waits at most {@code asiointipiste.db.pool.max-wait-millis} for a connection;
 * {@code asiointipiste.db.pool.statement-timeout-seconds} bounds every statement (off by default, set in production).
 * The driver's own connect and socket timeouts belong in the JDBC URL (config/production.properties).
 */
@ApplicationPath("/api")
@DataSourceDefinition(
        name = "java:app/jdbc/asiointipiste",
        className = "${MPCONFIG=asiointipiste.db.datasource-class}",
        url = "${MPCONFIG=asiointipiste.db.url}",
        user = "${MPCONFIG=asiointipiste.db.user}",
        password = "${MPCONFIG=asiointipiste.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        loginTimeout = 5,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=${MPCONFIG=asiointipiste.db.pool.max-wait-millis:3000}",
                "fish.payara.statement-timeout-in-seconds=${MPCONFIG=asiointipiste.db.pool.statement-timeout-seconds:-1}"
        })
public class RestApplication extends Application {
}
