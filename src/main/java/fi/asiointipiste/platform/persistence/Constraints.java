package fi.asiointipiste.platform.persistence;

import java.sql.SQLException;

/**
 * Recognises a database constraint violation (SQL state class 23, e.g. a unique key) anywhere in a failure's causes:
 * what two requests racing for the same row end in. A facade that flushes turns it into a translated refusal instead
 * of a server error.
 */
public final class Constraints {

    private Constraints() {}

    public static boolean isViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
