package fi.asiointipiste.platform.security;

import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import fi.asiointipiste.platform.rest.Problem;
import fi.asiointipiste.platform.rest.UnavailableProblem;
import fi.asiointipiste.platform.web.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * One authentication mechanism for both kinds of client. People sign in on the Faces page
 * {@code /login.xhtml}, which calls {@code SecurityContext.authenticate} ({@link SignInSteps}); a protected page
 * without a session redirects there and comes back afterwards. REST clients under {@code /api} send HTTP Basic
 * credentials or an API token ({@code Authorization: Bearer}, {@link ApiTokenCredential}; a feedback kiosk its kiosk
 * token, {@link KioskTokenCredential}) and get a 401 problem document, never a login page.
 *
 * <p>The signed-in caller ({@link SessionCaller}: name, roles and the account's security stamp) is kept in the HTTP
 * session by this mechanism and handed to the container on every request, instead of {@code @AutoApplySession}:
 * with that, Payara 6.2025.10 reuses the session's principal through one default security context that all threads
 * share ({@code RealmAdapter}), so a concurrent anonymous request could strip a signed-in request's roles and the
 * user got an intermittent 403 (Payara FISH-7515, GlassFish #25141; reproduced by {@code SignInIT}).
 *
 * <p>Every signed-in request checks, with one indexed read ({@link StaffAccounts#stampOf}), that the account is still
 * active with the stamp the session holds, and that the user has done something within the idle timeout. Background
 * requests — the pages' polling ({@value #BACKGROUND_PARAMETER}) and the idle warning's own status check — are
 * checked but do not count as activity, so an unattended desk still times out.
 *
 * <p>HTTP Basic does not check the password hash on every call: a verified name and password are remembered for a few
 * minutes ({@link VerifiedCredentials}) and nothing is written per call. Failed checks count in the
 * {@link SignInThrottle}; an account with a second factor cannot use Basic at all.
 *
 * <p>While the database is out, a sign-in answers 503 (the page through {@link #DATABASE_UNAVAILABLE}, the API with a
 * problem document) instead of the container's 500 with a stack trace.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** A request parameter (an {@code f:param} of a {@code p:poll}) marking a request the user did not make. */
    public static final String BACKGROUND_PARAMETER = "asiointipiste.background";
    /** Response header of signed-in requests: seconds until the idle session ends (read by session-timeout.js). */
    public static final String REMAINING_HEADER = "Asiointipiste-Session-Remaining";
    /** Request attribute: the {@link SignInSteps.Outcome} of a form sign-in, for the sign-in page. */
    static final String OUTCOME = StaffAuthentication.class.getName() + ".outcome";
    /** Request attribute: the credentials could not be checked because the database is out (see LoginBacking). */
    static final String DATABASE_UNAVAILABLE = StaffAuthentication.class.getName() + ".databaseUnavailable";

    private static final String API = "/api/";
    /** Where the push sockets of platform.push are opened. */
    private static final String PUSH = "/push/";

    /** Why a session ended by itself; the sign-in page says so. */
    enum Ended {
        TIMED_OUT("timedOut"),
        ACCOUNT_CHANGED("ended");

        final String parameter;

        Ended(String parameter) {
            this.parameter = parameter;
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    StaffAccounts accounts;

    @Inject
    SignInSteps steps;

    @Inject
    SecuritySettings settings;

    @Inject
    EndedSessions endedSessions;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!SecurityHeaders.METHODS.contains(request.getMethod())) {
            // Refused before anything else (a protected page would otherwise answer with a redirect or a 401).
            return ApiAnswers.methodNotAllowed(response);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            SignInSteps.Outcome outcome;
            try {
                outcome = steps.password(request, password);
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.isCause(failure)) {
                    throw failure;
                }
                // The container would log it with a stack trace and answer 500; the sign-in page answers 503 instead.
                request.setAttribute(DATABASE_UNAVAILABLE, failure);
                return context.doNothing();
            }
            request.setAttribute(OUTCOME, outcome);
            if (outcome == SignInSteps.Outcome.SIGNED_IN) {
                SessionCaller caller = SessionCaller.of(request.getSession(false));
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            return outcome == SignInSteps.Outcome.SECOND_FACTOR || outcome == SignInSteps.Outcome.ENROL
                    ? context.doNothing()
                    : AuthenticationStatus.SEND_FAILURE;
        }
        if (!context.isProtected() && isStaticResource(request)) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = SessionCaller.of(session);
        if (caller != null) {
            Ended ended = checkSession(request, response, session, caller);
            if (ended == null) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            endedSessions.ended(session.getId(), ended.parameter, System.currentTimeMillis());
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // a parallel request of the same page ended it first
            }
            return signedOut(request, response, context, ended);
        }
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (context.isProtected()) {
            return toSignIn(request, response, context, endedBefore(request));
        }
        return context.doNothing();
    }

    /**
     * Why the session a background request still names ended, when another request of the page ended it a moment
     * before (so the page hears the same reason whichever answer it follows); null for a request of the user's own.
     */
    private Ended endedBefore(HttpServletRequest request) {
        if (!isBackground(request)) {
            return null;
        }
        return endedSessions
                .reasonOf(request)
                .flatMap(reason -> java.util.Arrays.stream(Ended.values())
                        .filter(e -> e.parameter.equals(reason))
                        .findFirst())
                .orElse(null);
    }

    /** Null while the session may go on; otherwise why it ends now. Records the user's activity. */
    private Ended checkSession(
            HttpServletRequest request, HttpServletResponse response, HttpSession session, SessionCaller caller) {
        long now = System.currentTimeMillis();
        long timeoutMillis = settings.idleTimeoutSeconds() * 1000L;
        Object last = session.getAttribute(SessionCaller.LAST_ACTIVITY);
        long lastActivity = last instanceof Long l ? l : now;
        if (now - lastActivity >= timeoutMillis) {
            return Ended.TIMED_OUT;
        }
        Optional<String> stamp;
        try {
            stamp = accounts.stampOf(caller.name());
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            // The stamp cannot be read while the database is out: the request goes on as the session's caller and
            // answers 503 itself as soon as it needs the database (nothing can be read or changed meanwhile).
            stamp = Optional.of(caller.stamp());
        }
        if (stamp.isEmpty() || !stamp.get().equals(caller.stamp())) {
            return Ended.ACCOUNT_CHANGED;
        }
        if (!isBackground(request)) {
            session.setAttribute(SessionCaller.LAST_ACTIVITY, now);
            lastActivity = now;
        }
        response.setHeader(REMAINING_HEADER, Long.toString(Math.max(0, (lastActivity + timeoutMillis - now) / 1000)));
        return null;
    }

    /**
     * Requests the user did not make themselves: polling, the idle warning's status check, and the handshake of a
     * push socket (platform.push; a page's reconnect after a lost connection is not the user's doing either).
     */
    static boolean isBackground(HttpServletRequest request) {
        String path = pathOf(request);
        if ((IdleStatus.PATH.equals(path) || path.startsWith(PUSH)) && "GET".equals(request.getMethod())) {
            return true;
        }
        String contentType = request.getContentType();
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                && contentType != null
                && contentType.startsWith("application/x-www-form-urlencoded")
                && "true".equals(request.getParameter(BACKGROUND_PARAMETER));
    }

    private AuthenticationStatus signedOut(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, Ended why) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (!context.isProtected() && !IdleStatus.PATH.equals(pathOf(request))) {
            return context.doNothing();
        }
        return toSignIn(request, response, context, why);
    }

    private AuthenticationStatus toSignIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, Ended why) {
        String target = request.getContextPath() + LOGIN_PAGE + "?" + (why == null ? "" : why.parameter + "=true&")
                + "next=" + encode(originalPath(request));
        if (IdleStatus.PATH.equals(pathOf(request))) {
            return ApiAnswers.sessionEnded(response, why == null ? "signedOut" : why.parameter);
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request (a poll, a button) cannot follow an HTTP redirect to a page: Faces' partial response
            // tells the page to go there itself.
            return ApiAnswers.partialRedirect(response, target);
        }
        return context.redirect(target);
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return validateApiCredentials(request, response, context);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            return unavailable(request, response, failure);
        }
    }

    private AuthenticationStatus validateApiCredentials(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        Credential token = ApiTokenCredential.ofHeader(authorization);
        if (token == null) {
            token = KioskTokenCredential.ofHeader(authorization);
        }
        if (token != null) {
            // 256 random bits each: not worth throttling, and nothing is written per call
            CredentialValidationResult result = identityStores.validate(token);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return unauthorized(request, response);
            }
            if (token instanceof ApiTokenCredential) {
                request.setAttribute(ApiTokenCredential.TOKEN_ID, Long.valueOf(result.getCallerUniqueId()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        UsernamePasswordCredential basic = basicCredential(authorization);
        if (basic == null) {
            return context.isProtected() ? unauthorized(request, response) : context.doNothing();
        }
        String name = basic.getCaller();
        String password = basic.getPasswordAsString();
        VerifiedCredentials remembered = settings.verifiedCredentials();
        Optional<VerifiedCredentials.Verified> known = remembered.find(name, password);
        if (known.isPresent()) {
            if (accounts.stampOf(known.get().name())
                    .filter(known.get().stamp()::equals)
                    .isPresent()) {
                return context.notifyContainerAboutLogin(
                        known.get().name(), known.get().groups());
            }
            remembered.forget(name, password);
        }
        String address = request.getRemoteAddr();
        SignInThrottle throttle = settings.throttle();
        if (throttle.locked(name, address)) {
            return ApiAnswers.tooManyAttempts(response, retryAfter(throttle.lockedUntil(name, address)));
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(basic);
        } catch (PasswordHashing.HashingBusy busy) {
            return ApiAnswers.busy(response);
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (throttle.failed(name, address)) {
                accounts.lockedOut(name, address);
            }
            return unauthorized(request, response);
        }
        throttle.succeeded(name);
        String caller = result.getCallerPrincipal().getName();
        if (accounts.hasSecondFactor(caller) || settings.secondFactorRequired(result.getCallerGroups())) {
            accounts.signInRefused(caller, address, "HTTP Basic without the account's second factor");
            return ApiAnswers.unauthorized(response, "secondFactorRequired");
        }
        Optional<String> stamp = accounts.stampOf(caller);
        if (stamp.isEmpty()) {
            return unauthorized(request, response);
        }
        remembered.remember(name, password, caller, result.getCallerGroups(), stamp.get());
        return context.notifyContainerAboutLogin(caller, result.getCallerGroups());
    }

    /** 401 as a problem document (not the container's error page), naming the schemes a client may use. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"asiointipiste\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"asiointipiste\"");
        response.addHeader("WWW-Authenticate", "Kiosk realm=\"asiointipiste\"");
        try {
            Problem.of(401, "api.unauthorized", Problem.language(request), request.getRequestURI())
                    .write(response);
        } catch (IOException gone) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The credentials could not be checked because the database is out: 503 problem, not a 500 with a stack trace. */
    private static AuthenticationStatus unavailable(
            HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        DatabaseUnavailable.log("an API sign-in", failure);
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", UnavailableProblem.RETRY_AFTER_SECONDS);
            response.setContentType(UnavailableProblem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(new UnavailableProblem(Problem.language(request)).json());
            response.flushBuffer();
        } catch (IOException gone) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static long retryAfter(Instant until) {
        return until == null
                ? 60
                : Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
    }

    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** REST calls, and the monitoring endpoints a scraper reads (platform.web.MonitoringAccess): HTTP Basic. */
    private static boolean isApi(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith(API)
                || path.equals("/metrics")
                || path.startsWith("/metrics/")
                || path.equals("/openapi")
                || path.startsWith("/openapi/");
    }

    /** Faces resources, the app's static files and the favicon: no session check and no activity. */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String originalPath(HttpServletRequest request) {
        String path = pathOf(request);
        return request.getQueryString() == null || !"GET".equals(request.getMethod())
                ? path
                : path + "?" + request.getQueryString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The outcome of this request's form sign-in, for the sign-in page. */
    static SignInSteps.Outcome outcomeOf(HttpServletRequest request) {
        return request.getAttribute(OUTCOME) instanceof SignInSteps.Outcome o ? o : SignInSteps.Outcome.FAILED;
    }

    /** Small helper to write the answers of this mechanism that are not pages. */
    static final class ApiAnswers {

        private ApiAnswers() {}

        static AuthenticationStatus unauthorized(HttpServletResponse response, String code) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"asiointipiste\", charset=\"UTF-8\"");
            return write(response, HttpServletResponse.SC_UNAUTHORIZED, code == null ? "unauthorized" : code, null);
        }

        /** The idle warning's status check on a session that has just ended: the page goes to the sign-in page. */
        static AuthenticationStatus sessionEnded(HttpServletResponse response, String reason) {
            try {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"remaining\":0,\"reason\":\"" + reason + "\"}");
                response.flushBuffer();
            } catch (IOException gone) {
                // the client went away
            }
            return AuthenticationStatus.SEND_FAILURE;
        }

        static AuthenticationStatus methodNotAllowed(HttpServletResponse response) {
            try {
                SecurityHeaders.refuseMethod(response);
                response.flushBuffer();
            } catch (IOException gone) {
                // the client went away
            }
            return AuthenticationStatus.SEND_FAILURE;
        }

        static AuthenticationStatus tooManyAttempts(HttpServletResponse response, long retryAfterSeconds) {
            return write(response, 429, "tooManyAttempts", retryAfterSeconds);
        }

        static AuthenticationStatus busy(HttpServletResponse response) {
            return write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "busy", 5L);
        }

        /** A Faces partial response that sends the page to another address. */
        static AuthenticationStatus partialRedirect(HttpServletResponse response, String target) {
            try {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + target.replace("&", "&amp;")
                                        .replace("\"", "&quot;")
                                        .replace("<", "&lt;")
                                + "\"></redirect></partial-response>");
                response.flushBuffer();
            } catch (IOException gone) {
                // the client went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }

        /**
         * A small JSON problem (RFC 9457) of our own: the container's error page would name the server.
         */
        private static AuthenticationStatus write(
                HttpServletResponse response, int status, String code, Long retryAfter) {
            try {
                response.setStatus(status);
                if (retryAfter != null) {
                    response.setHeader("Retry-After", Long.toString(retryAfter));
                }
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"status\":" + status + ",\"code\":\"" + code + "\"}");
                response.flushBuffer();
            } catch (IOException gone) {
                // the client went away
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
