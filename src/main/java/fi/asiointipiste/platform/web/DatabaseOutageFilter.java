package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import fi.asiointipiste.platform.rest.UnavailableProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The last net for a database outage that escapes a servlet (sign-in with HTTP Basic under {@code /api}, a Faces
 * failure while the page was being written): 503 with the translated page, or a problem document under {@code /api},
 * instead of the generic error page and a stack trace in the log. Requests that fail for other reasons pass unchanged.
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            DatabaseUnavailable.log(request.getRequestURI(), failure);
            response.reset();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                UnavailableProblem problem =
                        new UnavailableProblem(fi.asiointipiste.platform.rest.Problem.language(request));
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", UnavailableProblem.RETRY_AFTER_SECONDS);
                response.setContentType(UnavailableProblem.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(problem.json().getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
