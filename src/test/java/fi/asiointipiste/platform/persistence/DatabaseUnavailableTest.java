package fi.asiointipiste.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseUnavailable.isCause(refused)).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new PersistenceException(refused))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLTransientConnectionException("pool")))
                .isTrue();
    }

    @Test
    void theServerShuttingDownOrCancellingIsAnOutage() {
        assertThat(DatabaseUnavailable.isCause(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("the database system is shutting down", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(
                        new SQLException("canceling statement due to statement timeout", "57014")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("too many connections", "53300")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLTimeoutException("query timeout")))
                .isTrue();
    }

    @Test
    void aPoolThatCannotAllocateIsAnOutage() {
        // Payara: "Error in allocating a connection" without an SQLSTATE, caused by the connector's allocation failure
        SQLException allocation = new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated",
                new ResourceAllocationException("Connection to 127.0.0.1:5432 refused"));
        assertThat(DatabaseUnavailable.isCause(new PersistenceException(allocation)))
                .isTrue();
    }

    @Test
    void aChainedNextExceptionCounts() {
        SQLException batch = new SQLException("batch entry 0 failed", "22000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(DatabaseUnavailable.isCause(batch)).isTrue();
    }

    @Test
    void genuineErrorsAreNot() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new PersistenceException(new SQLException("no state"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
