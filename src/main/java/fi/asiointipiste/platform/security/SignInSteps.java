package fi.asiointipiste.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a person's sign-in on the sign-in page: the password (through the identity store), then, where the
 * account has or needs one, the second factor — the code of an authenticator app or a recovery code, or the
 * enrolment of an app. Failures of either step count in the {@link SignInThrottle}; while a name or address is locked
 * out no password or code is even checked, and every refusal looks the same whether or not the name is an account.
 * A completed sign-in gets a new session id (no session fixation) and starts the session's idle clock.
 */
@ApplicationScoped
public class SignInSteps {

    /** How a step ended; the sign-in page shows each with its own text. */
    public enum Outcome {
        SIGNED_IN,
        SECOND_FACTOR,
        ENROL,
        FAILED,
        LOCKED,
        BUSY,
        EXPIRED
    }

    /** How an enrolment ended, with the recovery codes to show once when it succeeded. */
    public record Enrolment(Outcome outcome, List<String> recoveryCodes) {}

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffAccounts accounts;

    @Inject
    SecuritySettings settings;

    /** The password step (called by {@link StaffAuthentication} for {@code SecurityContext.authenticate}). */
    Outcome password(HttpServletRequest request, UsernamePasswordCredential credential) {
        String typed = credential.getCaller();
        String address = request.getRemoteAddr();
        SignInThrottle throttle = settings.throttle();
        if (throttle.locked(typed, address)) {
            return Outcome.LOCKED;
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (PasswordHashing.HashingBusy busy) {
            return Outcome.BUSY;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refused(typed, address, "password");
        }
        throttle.succeeded(typed);
        String name = result.getCallerPrincipal().getName();
        Set<String> groups = result.getCallerGroups();
        Optional<String> stamp = accounts.stampOf(name);
        if (stamp.isEmpty()) {
            return refused(typed, address, "password");
        }
        HttpSession session = freshSession(request);
        long now = System.currentTimeMillis();
        boolean enrolled = accounts.hasSecondFactor(name);
        if (enrolled || settings.secondFactorRequired(groups)) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
            session.setAttribute(
                    PendingSignIn.ATTRIBUTE,
                    new PendingSignIn(
                            name, groups, enrolled ? PendingSignIn.Stage.CODE : PendingSignIn.Stage.ENROL, now));
            return enrolled ? Outcome.SECOND_FACTOR : Outcome.ENROL;
        }
        new SessionCaller(name, groups, stamp.get()).keepIn(session, now);
        accounts.signedIn(name, "password");
        return Outcome.SIGNED_IN;
    }

    /** The second step: a code of the enrolled app, or a recovery code. */
    public Outcome secondFactor(HttpServletRequest request, String code) {
        long now = System.currentTimeMillis();
        PendingSignIn pending = PendingSignIn.of(request.getSession(false), now);
        if (pending == null || pending.stage() != PendingSignIn.Stage.CODE) {
            return Outcome.EXPIRED;
        }
        String address = request.getRemoteAddr();
        if (settings.throttle().locked(pending.name(), address)) {
            return Outcome.LOCKED;
        }
        if (!accounts.verifySecondFactor(pending.name(), code)) {
            return refused(pending.name(), address, "second factor");
        }
        settings.throttle().succeeded(pending.name());
        Optional<String> stamp = accounts.stampOf(pending.name());
        if (stamp.isEmpty()) {
            return Outcome.EXPIRED;
        }
        new SessionCaller(pending.name(), pending.groups(), stamp.get()).keepIn(freshSession(request), now);
        accounts.signedIn(pending.name(), "password and second factor");
        return Outcome.SIGNED_IN;
    }

    /** Who may enrol an app on this session: the pending sign-in that needs one, or the signed-in user. */
    public Optional<String> enrollingUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = PendingSignIn.of(session, System.currentTimeMillis());
        if (pending != null && pending.stage() == PendingSignIn.Stage.ENROL) {
            return Optional.of(pending.name());
        }
        return Optional.ofNullable(SessionCaller.of(session)).map(SessionCaller::name);
    }

    /**
     * Enrols an app whose code for the new secret the user typed. A pending sign-in is completed by it; a signed-in
     * user's session takes the account's new stamp (their other sessions end, as after a password change).
     */
    public Enrolment enrol(HttpServletRequest request, byte[] secret, String code) {
        long now = System.currentTimeMillis();
        HttpSession session = request.getSession(false);
        PendingSignIn pending = PendingSignIn.of(session, now);
        SessionCaller caller = SessionCaller.of(session);
        String name = pending != null && pending.stage() == PendingSignIn.Stage.ENROL
                ? pending.name()
                : caller != null ? caller.name() : null;
        if (name == null) {
            return new Enrolment(Outcome.EXPIRED, List.of());
        }
        String address = request.getRemoteAddr();
        if (settings.throttle().locked(name, address)) {
            return new Enrolment(Outcome.LOCKED, List.of());
        }
        Optional<List<String>> codes = accounts.enrolSecondFactor(name, secret, code);
        if (codes.isEmpty()) {
            return new Enrolment(refused(name, address, "second factor enrolment"), List.of());
        }
        String stamp = accounts.stampOf(name).orElse(null);
        if (stamp == null) {
            return new Enrolment(Outcome.EXPIRED, List.of());
        }
        if (caller != null && caller.name().equals(name)) {
            session.setAttribute(SessionCaller.ATTRIBUTE, caller.withStamp(stamp));
        } else {
            new SessionCaller(name, pending.groups(), stamp).keepIn(freshSession(request), now);
            accounts.signedIn(name, "password and second factor enrolment");
        }
        return new Enrolment(Outcome.SIGNED_IN, codes.get());
    }

    /** Whether the session waits for the code of an enrolled app. */
    public boolean awaitsCode(HttpServletRequest request) {
        PendingSignIn pending = PendingSignIn.of(request.getSession(false), System.currentTimeMillis());
        return pending != null && pending.stage() == PendingSignIn.Stage.CODE;
    }

    /** Abandons a half-done sign-in (the "cancel" of the second step). */
    public void cancel(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
    }

    /** Counts a refused step; the identity store has audited a refused password, other steps are audited here. */
    private Outcome refused(String name, String address, String step) {
        boolean lockedNow = settings.throttle().failed(name, address);
        if (!"password".equals(step)) {
            accounts.signInRefused(name, address, step);
        }
        if (lockedNow) {
            accounts.lockedOut(name, address);
        }
        return lockedNow ? Outcome.LOCKED : Outcome.FAILED;
    }

    /** The same session under a new id: what an attacker planted before sign-in is not the signed-in session. */
    private static HttpSession freshSession(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        return session;
    }
}
