package fi.asiointipiste.platform.startup;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * While the background start-up work runs ({@link BackgroundStartup}), only the sign-in page and the static
 * resources it needs are served at once; every other request waits until the work has ended, so no page shows
 * data half loaded (and no request writes while bulk data is loaded). A request that would wait longer than
 * {@code asiointipiste.startup.wait-seconds} gets 503 with Retry-After. Once the work has ended this is one
 * volatile read per request.
 */
@WebFilter(urlPatterns = "/*")
public class StartupGate extends HttpFilter {

    private static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    StartupProgress progress;

    @Inject
    @ConfigProperty(name = "asiointipiste.startup.wait-seconds", defaultValue = "120")
    int waitSeconds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (progress.ended() || servedWhileStarting(pathOf(request))) {
            chain.doFilter(request, response);
            return;
        }
        boolean ended;
        try {
            ended = progress.awaitEnd(Duration.ofSeconds(waitSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (!ended) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path inside the application as the container mapped it: decoded, normalised, no path parameters. */
    private static String pathOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    /**
     * The sign-in page and what it loads (it reads only staff users, who exist before the background work), and
     * Payara's own endpoints, which answer inside this context: health (readiness must say DOWN at once, not wait),
     * metrics and OpenAPI.
     */
    static boolean servedWhileStarting(String path) {
        return path != null
                && (path.equals("/login.xhtml")
                        || path.startsWith("/jakarta.faces.resource/")
                        || path.startsWith("/resources/")
                        || path.equals("/favicon.ico")
                        || payaraEndpoint(path, "/health")
                        || payaraEndpoint(path, "/metrics")
                        || payaraEndpoint(path, "/openapi"));
    }

    private static boolean payaraEndpoint(String path, String endpoint) {
        return path.equals(endpoint) || path.startsWith(endpoint + "/");
    }
}
