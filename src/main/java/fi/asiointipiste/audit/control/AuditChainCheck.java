package fi.asiointipiste.audit.control;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The chain check from a shell, over plain JDBC (no server needed; a read-only user will do):
 * <pre>
 * ASIOINTIPISTE_DB_PASSWORD=… java -cp target/classes:&lt;JDBC driver jar&gt; \
 *     fi.asiointipiste.audit.control.AuditChainCheck &lt;jdbc-url&gt; &lt;user&gt;
 * </pre>
 * Prints how many events were checked and the first broken link, if any; exit status 0 when the chain is whole, 1
 * when it is broken, 2 on a usage or connection error. The same walk as the admin page ({@link AuditChain.Verifier}).
 */
public final class AuditChainCheck {

    private static final int BATCH = 1000;

    private AuditChainCheck() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: AuditChainCheck <jdbc-url> <user>   (password in ASIOINTIPISTE_DB_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("ASIOINTIPISTE_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(args[0], args[1], password)) {
            System.exit(check(c, System.out) == null ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("cannot read the audit trail: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Walks the chain; prints and returns the first break (null when whole). */
    public static AuditChain.Break check(Connection c, PrintStream out) throws SQLException {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long from = 1;
        try (PreparedStatement q = c.prepareStatement("SELECT chain_seq, id, occurred_at, actor, action, entity_type,"
                + " entity_id, before_state, after_state, previous_hash, event_hash FROM audit_event"
                + " WHERE chain_seq >= ? ORDER BY chain_seq")) {
            q.setMaxRows(BATCH);
            while (true) {
                q.setLong(1, from);
                int rows = 0;
                long last = from;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        last = rs.getLong(1);
                        verifier.next(new AuditChain.Link(
                                last,
                                rs.getLong(2),
                                rs.getTimestamp(3).toLocalDateTime(),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11)));
                    }
                }
                if (rows < BATCH) {
                    break;
                }
                from = last + 1;
            }
        }
        long unchained;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                rs.next();
                verifier.end(rs.getLong(1), rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_event WHERE chain_seq IS NULL")) {
                rs.next();
                unchained = rs.getLong(1);
            }
        }
        AuditChain.Break first = verifier.firstBreak();
        out.println(
                first == null
                        ? "audit chain whole: " + verifier.checked() + " events checked, " + unchained
                                + " from before the chain"
                        : "audit chain BROKEN at place " + first.seq()
                                + (first.eventId() == null ? "" : " (event " + first.eventId() + ")") + ": "
                                + first.problem() + "; " + verifier.checked() + " events checked");
        return first;
    }
}
