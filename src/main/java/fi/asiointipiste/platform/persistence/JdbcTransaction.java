package fi.asiointipiste.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Bulk work over plain JDBC (demo generation, aggregate rebuilds) in one connection with auto-commit off: the work
 * commits where it chooses (e.g. per batch), anything it has not committed is rolled back on failure, and the
 * connection's auto-commit mode is restored before it goes back to the pool.
 */
public final class JdbcTransaction {

    /** The work; it may call {@link Connection#commit()} as often as it likes. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private JdbcTransaction() {}

    public static <T> T run(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
