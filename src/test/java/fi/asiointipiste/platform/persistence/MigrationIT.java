package fi.asiointipiste.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The migrations on both databases we support: a database created by the first release is upgraded in
 * place to the current schema, keeping its rows. PostgreSQL runs where one is reachable (CI installs one);
 * under CI=true a missing PostgreSQL is a failure, not a skip.
 */
class MigrationIT {

    private static final String PG_URL = System.getProperty(
            "asiointipiste.test.pg.url",
            System.getenv()
                    .getOrDefault("ASIOINTIPISTE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/asiointipiste_test"));
    private static final String PG_USER = System.getenv().getOrDefault("ASIOINTIPISTE_TEST_PG_USER", "asiointipiste");
    private static final String PG_PASSWORD =
            System.getenv().getOrDefault("ASIOINTIPISTE_TEST_PG_PASSWORD", "asiointipiste");

    @Test
    void upgradesAnOldH2DatabaseInPlace() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "migration-h2");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0";
        upgradesInPlace(url, "sa", "sa", null);
    }

    @Test
    void upgradesAnOldPostgresDatabaseInPlace() throws Exception {
        boolean reachable;
        try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            reachable = true;
        } catch (SQLException e) {
            reachable = false;
        }
        if (!reachable && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must provide PostgreSQL at " + PG_URL + " (see .ci/run)");
        }
        Assumptions.assumeTrue(reachable, "No PostgreSQL at " + PG_URL + ": PostgreSQL migration test skipped");
        String schema =
                "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            upgradesInPlace(
                    PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    PG_USER,
                    PG_PASSWORD,
                    schema);
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private void upgradesInPlace(String url, String user, String password, String schema) throws SQLException {
        Flyway firstRelease = flyway(url, user, password, schema).target("1").load();
        assertThat(firstRelease.migrate().migrationsExecuted).isEqualTo(1);
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO service_point (id, code, name, municipality, active, version)"
                    + " VALUES (1, 'KEITELE', 'Keiteleen yhteinen asiointipiste', 'Keitele', TRUE, 0)");
            s.execute(
                    "INSERT INTO customer (id, full_name, personal_identity_code, preferred_language, created_at, version)"
                            + " VALUES (1, 'Hilma Testinen', '010150-999K', 'fi', CURRENT_TIMESTAMP, 0)");
        }

        MigrateResult upgrade = flyway(url, user, password, schema).load().migrate();
        assertThat(upgrade.success).isTrue();
        assertThat(upgrade.migrationsExecuted).isPositive();

        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT name FROM service_point WHERE id = 1"))
                    .isEqualTo("Keiteleen yhteinen asiointipiste");
            assertThat(single(s, "SELECT full_name FROM customer WHERE id = 1")).isEqualTo("Hilma Testinen");
            assertThat(single(s, "SELECT COUNT(*) FROM service_task")).isEqualTo("17");
            assertThat(single(s, "SELECT COUNT(*) FROM service_description")).isEqualTo("51");
            assertThat(single(s, "SELECT COUNT(*) FROM customer_profile_empathy"))
                    .isEqualTo("18");
        }
        assertThat(flyway(url, user, password, schema).load().migrate().migrationsExecuted)
                .as("a second start applies nothing")
                .isZero();
    }

    /**
     * Issue 12: when the application connects as its own role (not the owner), that role may only INSERT and SELECT
     * the audit trail; UPDATE and DELETE are refused by the database itself, the other tables stay writable.
     */
    @Test
    void theApplicationsRoleMayOnlyAppendToTheAuditTrailOnH2() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "grants-h2");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0;MODE=LEGACY";
        // WRITE_DELAY is a persistent setting only an admin may set: the owner's URL sets it, the role's cannot.
        String appUrl = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";MODE=LEGACY";
        org.flywaydb.core.internal.jdbc.DriverDataSource owner = new org.flywaydb.core.internal.jdbc.DriverDataSource(
                getClass().getClassLoader(), null, url, "sa", "sa");
        new DatabaseMigration(owner, "asiointipiste_app", "app-secret").migrate();
        new DatabaseMigration(owner, "asiointipiste_app", "app-secret").migrate(); // a second start: the same grants

        try (Connection app = DriverManager.getConnection(appUrl, "asiointipiste_app", "app-secret");
                Statement s = app.createStatement()) {
            s.execute(
                    "INSERT INTO audit_event (id, occurred_at, actor, action) VALUES (1, CURRENT_TIMESTAMP, 'x', 'A')");
            assertThat(single(s, "SELECT actor FROM audit_event WHERE id = 1")).isEqualTo("x");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> s.execute("UPDATE audit_event SET actor = 'y' WHERE id = 1"))
                    .isInstanceOf(SQLException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("TRUNCATE TABLE audit_event"))
                    .isInstanceOf(SQLException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DROP TABLE audit_event"))
                    .isInstanceOf(SQLException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM flyway_schema_history"))
                    .isInstanceOf(SQLException.class);
            assertThat(single(s, "SELECT actor FROM audit_event WHERE id = 1")).isEqualTo("x");
            // Everything else the application does still works.
            s.execute("UPDATE audit_chain_head SET last_seq = last_seq WHERE id = 1");
            s.execute("INSERT INTO customer (id, full_name, preferred_language, created_at, version)"
                    + " VALUES (NEXT VALUE FOR customer_seq, 'Hilma Testinen', 'fi', CURRENT_TIMESTAMP, 0)");
            s.execute("UPDATE customer SET full_name = NULL, anonymised_at = CURRENT_TIMESTAMP");
            s.execute("DELETE FROM customer");
        }
    }

    /**
     * The same on PostgreSQL (where one is reachable): the owner migrates a schema of its own and grants an application
     * role (created here when the owner may create roles) insert and read only on the audit trail.
     */
    @Test
    void theApplicationsRoleMayOnlyAppendToTheAuditTrailOnPostgres() throws Exception {
        boolean reachable;
        try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            reachable = true;
        } catch (SQLException e) {
            reachable = false;
        }
        if (!reachable && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must provide PostgreSQL at " + PG_URL + " (see .ci/run)");
        }
        Assumptions.assumeTrue(reachable, "No PostgreSQL at " + PG_URL + ": PostgreSQL grant test skipped");
        String role = "asiointipiste_app_it";
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'app-secret'");
                }
            }
        }
        String schema =
                "grants_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            flyway(url, PG_USER, PG_PASSWORD, schema).load().migrate();
            org.flywaydb.core.internal.jdbc.DriverDataSource owner =
                    new org.flywaydb.core.internal.jdbc.DriverDataSource(
                            getClass().getClassLoader(), null, url, PG_USER, PG_PASSWORD);
            new DatabaseMigration(owner, role, "app-secret").migrate();
            try (Connection app = DriverManager.getConnection(url, role, "app-secret");
                    Statement s = app.createStatement()) {
                s.execute(
                        "INSERT INTO audit_event (id, occurred_at, actor, action) VALUES (1, CURRENT_TIMESTAMP, 'x', 'A')");
                assertThat(single(s, "SELECT actor FROM audit_event WHERE id = 1"))
                        .isEqualTo("x");
                for (String forbidden : new String[] {
                    "UPDATE audit_event SET actor = 'y'",
                    "DELETE FROM audit_event",
                    "TRUNCATE TABLE audit_event",
                    "DROP TABLE audit_event",
                    "DELETE FROM flyway_schema_history"
                }) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(forbidden))
                            .as(forbidden)
                            .isInstanceOf(SQLException.class);
                }
                assertThat(single(s, "SELECT actor FROM audit_event WHERE id = 1"))
                        .isEqualTo("x");
                s.execute("UPDATE audit_chain_head SET last_seq = last_seq WHERE id = 1");
                s.execute("INSERT INTO customer (id, full_name, preferred_language, created_at, version)"
                        + " VALUES (nextval('customer_seq'), 'Hilma Testinen', 'fi', CURRENT_TIMESTAMP, 0)");
                s.execute("UPDATE customer SET full_name = NULL, anonymised_at = CURRENT_TIMESTAMP");
                s.execute("DELETE FROM customer");
                s.execute("TRUNCATE TABLE stat_visit_day");
            }
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
            String url, String user, String password, String schema) {
        var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        return schema == null ? config : config.schemas(schema).createSchemas(true);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
