package fi.asiointipiste.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The application's database role, when it is not the schema's owner: after every migration the owner grants it what
 * the application needs and no more. Every table may be read and written, except the <b>append-only</b> tables (the
 * audit trail): on those the role may only {@code INSERT} and {@code SELECT}, and {@code UPDATE}, {@code DELETE} and
 * (PostgreSQL) {@code TRUNCATE} are revoked, so not even a bug or an injected statement of the application can rewrite
 * the trail. Flyway's history table is the owner's alone.
 *
 * <p>On H2 the role is created here (a user with the configured password) if it does not exist, and already before
 * the first login by {@link ApplicationLogin}; on PostgreSQL the operator creates the login role ({@code CREATE ROLE …
 * LOGIN PASSWORD …}) and this grants it its rights. The README's run command, the integration tests and the production
 * example all configure a separate owner. With one user for both (no {@code asiointipiste.db.owner-user}), no grant
 * can restrict the owner: the start logs a warning and the chain check still detects any rewrite. See
 * docs/security.md.
 */
public final class ApplicationRole {

    private static final Logger LOG = Logger.getLogger(ApplicationRole.class.getName());

    /** Tables the application may only append to and read. */
    public static final Set<String> APPEND_ONLY = Set.of("audit_event");

    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]{0,62}";

    private ApplicationRole() {}

    /**
     * Grants the application's role its rights on every table of the owner's current schema.
     *
     * @param owner    a connection of the schema's owner (the one that migrated)
     * @param role     the application's user name
     * @param password its password (H2 only: the user is created with it when missing)
     */
    public static void grant(Connection owner, String role, String password) throws SQLException {
        if (!role.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("the application's database user must be a plain identifier");
        }
        boolean postgres = owner.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        String schema = owner.getSchema();
        List<String> tables = tables(owner.getMetaData(), schema);
        try (Statement s = owner.createStatement()) {
            if (postgres) {
                s.execute("GRANT USAGE ON SCHEMA " + quoted(schema) + " TO " + role);
                s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quoted(schema) + " TO " + role);
            } else {
                createH2User(owner, role, password);
            }
            for (String table : tables) {
                String name = table.toLowerCase(Locale.ROOT);
                if (name.equals("flyway_schema_history")) {
                    continue;
                }
                if (APPEND_ONLY.contains(name)) {
                    s.execute("REVOKE ALL ON " + table + " FROM " + role);
                    s.execute("GRANT SELECT, INSERT ON " + table + " TO " + role);
                } else {
                    s.execute("GRANT SELECT, INSERT, UPDATE, DELETE" + (postgres ? ", TRUNCATE" : "") + " ON " + table
                            + " TO " + role);
                }
            }
        }
        LOG.info(() -> "Granted the application's database role its rights on " + tables.size()
                + " tables (append-only: " + APPEND_ONLY + ")");
    }

    /** H2: the application's user, with the configured password, unless it exists (no rights yet). */
    static void createH2User(Connection owner, String role, String password) throws SQLException {
        if (!role.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("the application's database user must be a plain identifier");
        }
        try (Statement s = owner.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS " + role + " PASSWORD '" + password.replace("'", "''") + "'");
        }
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Logged at every start where the application connects as the owner: grants cannot hold it back. */
    static void warnOwnerIsApplication() {
        LOG.warning(
                "The application connects to the database as the schema owner: the audit trail is append-only "
                        + "by the hash chain's check only, not by grants. Configure asiointipiste.db.owner-user (docs/security.md).");
    }
}
