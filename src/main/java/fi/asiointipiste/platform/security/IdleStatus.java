package fi.asiointipiste.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The idle warning's server side (session-timeout.js). {@code GET} answers how many seconds the session has left
 * without counting as activity (another tab may have been used meanwhile); {@code POST} is the warning's "continue"
 * button: it counts as activity (the mechanism records it) and answers the new remaining time. POST needs the
 * header {@code X-Requested-With}, which a cross-site form cannot send, and the session cookie is SameSite=Lax.
 */
@WebServlet(IdleStatus.PATH)
public class IdleStatus extends HttpServlet {

    public static final String PATH = "/session/idle";

    @Inject
    SecuritySettings settings;

    @Inject
    EndedSessions endedSessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader("X-Requested-With") == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if (SessionCaller.of(session) == null
                || !(session.getAttribute(SessionCaller.LAST_ACTIVITY) instanceof Long last)) {
            // Another request of the page may have ended the session a moment ago: the same reason as it gave.
            String reason = endedSessions.reasonOf(request).orElse("signedOut");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"remaining\":0,\"reason\":\"" + reason + "\"}");
            return;
        }
        long remaining =
                Math.max(0, (last + settings.idleTimeoutSeconds() * 1000L - System.currentTimeMillis()) / 1000);
        response.getWriter().write("{\"remaining\":" + remaining + ",\"warning\":" + settings.warningSeconds() + "}");
    }
}
