package fi.asiointipiste.platform.security;

import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * The security mechanism's view of a session for the push sockets (platform.push), which live beside the HTTP
 * session but never inside it: a socket may go on while its session is still signed in, within its idle timeout, and
 * its account still has the stamp the session signed in with — the same rules {@link StaffAuthentication} applies to
 * every request. Reads attributes only: the session's last access is not touched.
 */
@ApplicationScoped
public class SignedInSessions {

    @Inject
    StaffAccounts accounts;

    @Inject
    SecuritySettings settings;

    /** The name of the user signed in on the session; empty for none or an ended session. */
    public Optional<String> caller(HttpSession session) {
        try {
            return Optional.ofNullable(SessionCaller.of(session)).map(SessionCaller::name);
        } catch (IllegalStateException ended) {
            return Optional.empty();
        }
    }

    /**
     * Whether the session may still hear pushes now. {@code stamps} caches the accounts' stamps for one delivery, so
     * that twenty sockets of one push cost at most one read per user.
     */
    @Transactional // the push checks run on the managed executor, outside any request: the stamp is read in a
    // transaction
    public boolean stillSignedIn(HttpSession session, Map<String, Optional<String>> stamps) {
        SessionCaller caller;
        long lastActivity;
        try {
            caller = SessionCaller.of(session);
            lastActivity = session.getAttribute(SessionCaller.LAST_ACTIVITY) instanceof Long l ? l : 0;
        } catch (IllegalStateException ended) {
            return false;
        }
        if (caller == null || System.currentTimeMillis() - lastActivity >= settings.idleTimeoutSeconds() * 1000L) {
            return false;
        }
        Optional<String> stamp = stamps.computeIfAbsent(caller.name(), this::stampOf);
        return stamp.isEmpty() || stamp.get().equals(caller.stamp());
    }

    /** The account's stamp; "" for an inactive or unknown account; empty when it cannot be read (database out). */
    private Optional<String> stampOf(String name) {
        try {
            return Optional.of(accounts.stampOf(name).orElse(""));
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            return Optional.empty(); // as for a request: the session goes on while the database is out
        }
    }
}
