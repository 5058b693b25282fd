package fi.asiointipiste.platform.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * A sign-in whose password was right but whose second factor is still to come: the code of an enrolled authenticator
 * app ({@link Stage#CODE}), or the enrolment of one where the account's role requires it ({@link Stage#ENROL}).
 * Until then the session has no caller and reaches no protected page. It lapses after {@link #LIFETIME_MILLIS}.
 */
record PendingSignIn(String name, Set<String> groups, Stage stage, long since) implements Serializable {

    enum Stage {
        CODE,
        ENROL
    }

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    static final long LIFETIME_MILLIS = 10 * 60 * 1000L;

    PendingSignIn {
        groups = Set.copyOf(groups);
    }

    /** The session's pending sign-in if it has one that has not lapsed. */
    static PendingSignIn of(HttpSession session, long now) {
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending) {
            if (now - pending.since() < LIFETIME_MILLIS) {
                return pending;
            }
            session.removeAttribute(ATTRIBUTE);
        }
        return null;
    }
}
