package fi.asiointipiste.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The command-line check on a real schema (H2 in memory, migrated): whole, then a changed and a deleted event. */
class AuditChainCheckTest {

    @Test
    void reportsAWholeChainThenTheFirstChangedAndTheFirstMissingEvent() throws Exception {
        String url = "jdbc:h2:mem:chaincheck" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        Flyway.configure()
                .dataSource(url, "sa", "sa")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            String previous = AuditChain.GENESIS;
            LocalDateTime at = LocalDateTime.of(2026, 12, 5, 9, 0, 0, 123_456_000);
            for (int seq = 1; seq <= 5; seq++) {
                long id = 1000 + seq;
                String hash = AuditChain.hash(
                        seq, id, at, "clerk", "CUSTOMER_OPENED", "Customer", "7", null, "visit 9", previous);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action,"
                        + " entity_type, entity_id, after_state, chain_seq, previous_hash, event_hash)"
                        + " VALUES (?, ?, 'clerk', 'CUSTOMER_OPENED', 'Customer', '7', 'visit 9', ?, ?, ?)")) {
                    p.setLong(1, id);
                    p.setTimestamp(2, Timestamp.valueOf(at));
                    p.setLong(3, seq);
                    p.setString(4, previous);
                    p.setString(5, hash);
                    p.executeUpdate();
                }
                previous = hash;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_chain_head SET last_seq = 5, last_hash = '" + previous + "'");
            }
            assertThat(check(c)).isNull();

            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_event SET after_state = 'visit 8' WHERE chain_seq = 3");
            }
            assertThat(check(c)).isEqualTo(new AuditChain.Break(3, 1003L, AuditChain.Problem.CHANGED));

            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM audit_event WHERE chain_seq = 2");
            }
            assertThat(check(c)).isEqualTo(new AuditChain.Break(2, null, AuditChain.Problem.MISSING));
        }
    }

    private static AuditChain.Break check(Connection c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditChain.Break first = AuditChainCheck.check(c, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith(
                        first == null ? "audit chain whole: 5 events" : "audit chain BROKEN at place " + first.seq());
        return first;
    }
}
