package fi.asiointipiste.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The database the integration tests deploy the application on: in-memory H2 (every Payara Micro process starts
 * with an empty one) or PostgreSQL, chosen by the failsafe execution ({@code asiointipiste.it.db}, see pom.xml and
 * docs/operations.md). On PostgreSQL the test JVM uses a schema of its own ({@code it_<UTC time>}: builds of several
 * checkouts may share one test database), dropped and created again before each deployment, so each IT class starts,
 * like on H2, from an empty database that the application migrates and fills with demo data at start-up.
 *
 * <p>The server: system properties {@code asiointipiste.test.pg.url} (without parameters), {@code .user} and
 * {@code .password}, else the environment variables {@code ASIOINTIPISTE_TEST_PG_URL}, {@code _USER} and
 * {@code _PASSWORD} (as {@code MigrationIT}), else {@code asiointipiste_test} on 127.0.0.1:5432 as user and password
 * {@code asiointipiste}.
 */
public final class TestDatabase {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());

    /** The application name the deployed application's connections carry (see arquillian.xml). */
    static final String APPLICATION_NAME = "asiointipiste-it";

    /**
     * The application's own login role on PostgreSQL (cluster-wide, shared by all builds; each test schema's migration
     * grants it its rights there, on the audit trail INSERT and SELECT only). Created by {@link #reset()} if missing,
     * which needs the test user's CREATEROLE (.ci/run).
     */
    public static final String APPLICATION_ROLE = "asiointipiste_app_it";

    static final String APPLICATION_ROLE_PASSWORD = "app-secret";

    private static final Pattern BUILD_SCHEMA = Pattern.compile("it_(\\d{8}_\\d{6})_\\d{3}");
    private static final DateTimeFormatter SCHEMA_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private TestDatabase() {}

    public static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("asiointipiste.it.db", "h2"));
    }

    /** PostgreSQL is required (CI, or {@code -Ddb=postgresql}): then a missing server fails the run instead of skipping it. */
    static boolean postgresqlRequired() {
        return Boolean.getBoolean("asiointipiste.it.pg.required") || "true".equals(System.getenv("CI"));
    }

    private static final String SCHEMA =
            "it_" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS"));

    static String url() {
        return setting("url", "jdbc:postgresql://127.0.0.1:5432/asiointipiste_test");
    }

    static String user() {
        return setting("user", "asiointipiste");
    }

    static String password() {
        return setting("password", "asiointipiste");
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty("asiointipiste.test.pg." + name);
        if (value == null) {
            value = System.getenv("ASIOINTIPISTE_TEST_PG_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    static String schema() {
        return SCHEMA;
    }

    /** The connection the deployed application uses: this JVM's schema, named so that a reset can end its sessions. */
    static String applicationUrl() {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + "&ApplicationName="
                + APPLICATION_NAME + "-" + SCHEMA;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** Why PostgreSQL cannot be used, or null when a connection succeeds. */
    static String unreachableReason() {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = connect()) {
            return null;
        } catch (SQLException e) {
            return "no PostgreSQL at " + url() + " (" + e.getMessage() + ")";
        }
    }

    /**
     * Empties this build's schema before a deployment: ends the connections a previous deployment may still hold (Payara
     * Micro is stopped without waiting), drops the schema with everything in it and creates it again. Schemas that
     * builds killed half-way left behind are dropped once they are half a day old.
     */
    static void reset() throws SQLException {
        String schema = schema();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            createApplicationRole(s);
            endApplicationConnections(c);
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            for (String stale : staleSchemas(c)) {
                s.execute("DROP SCHEMA IF EXISTS " + stale + " CASCADE");
                LOG.info(() -> "Dropped the test schema " + stale + " that an earlier build left behind");
            }
        }
        LOG.info(() -> "Empty PostgreSQL schema " + schema + " for the next deployment");
    }

    /**
     * The application's login role, unless it exists (another build may create it at the same moment); the test user
     * is made a member, so that a reset may end the sessions the role's pool left behind.
     */
    private static void createApplicationRole(Statement s) throws SQLException {
        boolean exists;
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE + "'")) {
            exists = rs.next();
        }
        if (!exists) {
            try {
                s.execute("CREATE ROLE " + APPLICATION_ROLE + " LOGIN PASSWORD '" + APPLICATION_ROLE_PASSWORD + "'");
            } catch (SQLException e) {
                if (!"42710".equals(e.getSQLState())) { // duplicate_object: created meanwhile
                    throw e;
                }
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT pg_has_role(current_user, '" + APPLICATION_ROLE + "', 'USAGE')")) {
            if (rs.next() && rs.getBoolean(1)) {
                return;
            }
        }
        s.execute("GRANT " + APPLICATION_ROLE + " TO current_user");
    }

    /** Whether the application's migrations ran in this JVM's schema. */
    static boolean migrated() throws SQLException {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_schema = ? AND table_name = 'flyway_schema_history'")) {
            p.setString(1, schema());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** Drops this build's schema after the last deployment. */
    static void drop() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            endApplicationConnections(c);
            s.execute("DROP SCHEMA IF EXISTS " + schema() + " CASCADE");
        }
    }

    private static void endApplicationConnections(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = ? AND pid <> pg_backend_pid()")) {
            p.setString(1, APPLICATION_NAME + "-" + schema());
            try (ResultSet ignored = p.executeQuery()) {
                // terminated
            }
        }
    }

    private static List<String> staleSchemas(Connection c) throws SQLException {
        List<String> stale = new ArrayList<>();
        LocalDateTime limit = LocalDateTime.now(ZoneOffset.UTC).minusHours(12);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'it\\_%'")) {
            while (rs.next()) {
                var m = BUILD_SCHEMA.matcher(rs.getString(1));
                if (m.matches()) {
                    try {
                        if (LocalDateTime.parse(m.group(1), SCHEMA_TIME).isBefore(limit)) {
                            stale.add(rs.getString(1));
                        }
                    } catch (DateTimeParseException notOurs) {
                        // not a build schema
                    }
                }
            }
        }
        return stale;
    }
}
