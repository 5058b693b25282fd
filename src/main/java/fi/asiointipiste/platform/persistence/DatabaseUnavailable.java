package fi.asiointipiste.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Tells a database outage from a genuine error: somewhere in the failure's cause chain (JPA, JTA, EJB and Faces
 * wrappers included) the database could not be reached, the pool had no connection within its maximum wait, or the
 * server refused or cancelled the work (SQLSTATE classes 08 connection exception, 53 insufficient resources, 57
 * operator intervention such as shutdown or statement timeout). Such requests are answered with 503 "temporarily
 * unavailable" instead of 500, and logged as one line, at most every ten seconds, instead of a stack trace per request.
 */
public final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.enterprise.resource.allocator.ResourceAllocationException");
    private static final long LOG_INTERVAL_MILLIS = 10_000;
    private static final AtomicLong lastLogged = new AtomicLong();
    private static final AtomicLong suppressed = new AtomicLong();

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable failure) {
        int hops = 0;
        for (Throwable t = failure; t != null && hops < 50; t = next(t), hops++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException
                    || POOL_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && outageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean outageState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57"));
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null && t.getCause() != t) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }

    /** Logs the outage in one line (no stack trace), at most once every ten seconds, with the count left out meanwhile. */
    public static void log(String where, Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last < LOG_INTERVAL_MILLIS || !lastLogged.compareAndSet(last, now)) {
            suppressed.incrementAndGet();
            return;
        }
        long left = suppressed.getAndSet(0);
        LOG.warning(() -> "Database unavailable, answered 503 to " + where + ": " + rootMessage(failure)
                + (left > 0 ? " (" + left + " more such requests since the last message)" : ""));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int hops = 0; next(root) != null && hops < 50; hops++) {
            root = next(root);
        }
        return root.getClass().getSimpleName()
                + (root.getMessage() == null
                        ? ""
                        : ": " + root.getMessage().lines().findFirst().orElse(""));
    }
}
