package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.security.SecuritySettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Payara serves MicroProfile Metrics ({@code /metrics}) and OpenAPI ({@code /openapi}) inside the application at the
 * root context, so this filter guards them: in production they need the role {@value #MONITOR} (a machine account
 * for the metrics scraper, with HTTP Basic) or {@value #ADMIN} (signed in); in demo mode they stay open, as the
 * README says ({@code asiointipiste.monitoring.open} overrides either default). Health ({@code /health}) stays open for load balancers and orchestrators: it tells only UP or DOWN.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*"})
public class MonitoringAccess extends HttpFilter {

    public static final String MONITOR = "MONITOR";
    public static final String ADMIN = "ADMIN";

    @Inject
    SecuritySettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed(settings.monitoringOpen(), request.isUserInRole(MONITOR), request.isUserInRole(ADMIN))) {
            chain.doFilter(request, response);
            return;
        }
        boolean anonymous = request.getUserPrincipal() == null;
        response.setStatus(anonymous ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
        if (anonymous) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"asiointipiste\", charset=\"UTF-8\"");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":" + response.getStatus() + ",\"code\":\""
                        + (anonymous ? "unauthorized" : "forbidden") + "\"}");
    }

    static boolean allowed(boolean open, boolean monitor, boolean admin) {
        return open || monitor || admin;
    }
}
