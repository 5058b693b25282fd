package fi.asiointipiste.platform.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read whose connection failed, by default three times with a second's pause before each
 * reconnect, and logs a stack trace each time: while the database is out, one page took ten seconds to fail. The pool
 * already validates every connection it hands out, so a retry gains nothing; a read that cannot get a connection fails
 * at once and the request is answered 503 (docs/operations.md, "Database outage"). Registered in persistence.xml.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
