package fi.asiointipiste.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Browser hardening on every response: a Content-Security-Policy, no framing, no MIME sniffing, no referrer leaks,
 * no caching of pages, HSTS over TLS; and only the HTTP methods the application uses.
 *
 * <p>Faces pages get their policy from PrimeFaces with a fresh nonce (web.xml {@code primefaces.CSP_POLICY}); every
 * other response gets {@link #POLICY}, the same policy without a nonce, so no inline script runs anywhere. The page's
 * policy replaces this one instead of being added to it (two policies would both apply). Methods other than
 * {@link #METHODS} (TRACE, made-up ones) are refused with 405 here, in a plain answer that names no server; Payara
 * would otherwise answer with its own error page.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** web.xml's primefaces.CSP_POLICY: keep the two the same (SecurityHeadersTest compares them). */
    public static final String POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                    + " form-action 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'";

    static final String HSTS = "max-age=31536000; includeSubDomains";
    public static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && !METHODS.contains(request.getMethod())) {
            refuseMethod(response);
            return;
        }
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** 405 in a plain answer that names no server (also used by the security mechanism, which runs first). */
    public static void refuseMethod(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", String.join(", ", METHODS.stream().sorted().toList()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("405 Method Not Allowed\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A page's own policy (PrimeFaces adds it with its nonce) replaces the default one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
