package fi.asiointipiste.platform.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on a session, the roles they had then and their account's security stamp at that moment. Every
 * request compares the stamp with the account's current one ({@link StaffAccounts#stampOf}): when an administrator
 * deactivates the account or changes its roles or password, the stamp changes and the session ends.
 */
record SessionCaller(String name, Set<String> groups, String stamp) implements Serializable {

    /** The session attribute holding the signed-in caller. */
    static final String ATTRIBUTE = SessionCaller.class.getName();
    /** The session attribute holding the time (epoch milliseconds) of the user's last own request. */
    static final String LAST_ACTIVITY = SessionCaller.class.getName() + ".lastActivity";

    SessionCaller {
        groups = Set.copyOf(groups);
    }

    static SessionCaller of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller ? caller : null;
    }

    /** Marks the session signed in (after a new session id) and starts its idle clock. */
    void keepIn(HttpSession session, long now) {
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        session.setAttribute(ATTRIBUTE, this);
        session.setAttribute(LAST_ACTIVITY, now);
    }

    SessionCaller withStamp(String newStamp) {
        return new SessionCaller(name, groups, newStamp);
    }
}
