package fi.asiointipiste.platform.security;

import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import fi.asiointipiste.platform.rest.Problem;
import fi.asiointipiste.platform.rest.UnavailableProblem;
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
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One authentication mechanism for both kinds of client. People sign in on the Faces page
 * {@code /login.xhtml}, which calls {@code SecurityContext.authenticate}; a protected page without a session
 * redirects there and comes back afterwards. REST clients under {@code /api} send HTTP Basic credentials or an
 * API token ({@code Authorization: Bearer}, {@link ApiTokenCredential}; a feedback kiosk its kiosk token,
 * {@link KioskTokenCredential}) and get a 401 problem document, never a login page.
 *
 * <p>The signed-in caller (name and roles) is kept in the HTTP session by this mechanism and handed to the
 * container on every request, instead of {@code @AutoApplySession}: with that, Payara 6.2025.10 reuses the
 * session's principal through one default security context that all threads share
 * ({@code RealmAdapter}), so a concurrent anonymous request could strip a signed-in request's roles and
 * the user got an intermittent 403 (Payara FISH-7515, GlassFish #25141; reproduced by {@code SignInIT}).
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API = "/api/";

    @Inject
    IdentityStoreHandler identityStores;

    /** Request attribute: the credentials could not be checked because the database is out (see LoginBacking). */
    static final String DATABASE_UNAVAILABLE = StaffAuthentication.class.getName() + ".databaseUnavailable";

    /** The session attribute holding the signed-in caller. */
    static final String SESSION_CALLER = StaffAuthentication.class.getName() + ".caller";

    /** Who signed in on this session and the roles they had then (a role change applies at the next sign-in). */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
        SessionCaller {
            groups = Set.copyOf(groups);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result;
            try {
                result = identityStores.validate(credential);
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.isCause(failure)) {
                    throw failure;
                }
                // The container would log it with a stack trace and answer 500; the sign-in page answers 503 instead.
                request.setAttribute(DATABASE_UNAVAILABLE, failure);
                return context.doNothing();
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true).setAttribute(SESSION_CALLER,
                        new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + encode(originalPath(request)));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        Credential credential = basicCredential(authorization);
        if (credential == null) {
            credential = ApiTokenCredential.ofHeader(authorization);
        }
        if (credential == null) {
            credential = KioskTokenCredential.ofHeader(authorization);
        }
        if (credential != null) {
            CredentialValidationResult result;
            try {
                result = identityStores.validate(credential);
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.isCause(failure)) {
                    throw failure;
                }
                return unavailable(request, response, failure);
            }
            AuthenticationStatus status = context.notifyContainerAboutLogin(result);
            if (status == AuthenticationStatus.SUCCESS) {
                if (credential instanceof ApiTokenCredential) {
                    request.setAttribute(ApiTokenCredential.TOKEN_ID, Long.valueOf(result.getCallerUniqueId()));
                }
                return status;
            }
        } else if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response);
    }

    /** 401 as a problem document (not the container's error page), naming both schemes a client may use. */
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
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
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

    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
