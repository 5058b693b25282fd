package fi.asiointipiste.platform.rest;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

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
@OpenAPIDefinition(
        info = @Info(title = "Asiointipiste API", version = "1", description = RestApplication.DESCRIPTION),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")},
        components = @Components(schemas = @Schema(name = "Problem", implementation = ProblemDocument.class)))
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API token an administrator issued (Ylläpito → API-avaimet): Authorization: Bearer ap_…")
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "A staff user's username and password (for people trying the API; systems use a token)")
@SecurityScheme(
        securitySchemeName = "kiosk",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization",
        description = "A feedback kiosk's token: Authorization: Kiosk <token>")
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

    static final String DESCRIPTION = "The front desk of Finland's joint service points for other systems: visits, "
            + "their errands and closing, hand-offs, appointments, routing decisions, kiosk feedback and statistics. "
            + "JSON in and out. Errors are RFC 9457 problem documents (application/problem+json) with a stable code "
            + "and a detail in the caller's language (Accept-Language fi, sv or en). Every POST accepts an "
            + "Idempotency-Key (the same key and body give the first answer again, also after a restart; the same "
            + "key with another body gives 422). Editable resources have an ETag (their version); PATCH needs "
            + "If-Match (428 without, 412 when stale). Request bodies: JSON at most 64 KiB (DMN documents 4 MiB, "
            + "else 413), nested at most 12 levels; unknown members and members only the server sets (id, version, "
            + "status, audit fields) are refused with 400. State-changing calls signed in by a browser session must "
            + "come from the application's own pages (same origin).";
}
