package fi.asiointipiste.platform.push;

import fi.asiointipiste.platform.rest.SameOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The door of the push sockets, before the container's WebSocket filter (which Tyrus maps after the declared ones): a
 * handshake from another origin or for a socket its channel does not admit (no sign-in, another point, an unknown or
 * revoked device token) is refused with 403 and never becomes a socket; anything but a WebSocket handshake is 400.
 */
@WebFilter(urlPatterns = PushChannels.PREFIX + "*")
public class PushGate extends HttpFilter {

    @Inject
    PushChannels channels;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String origin = request.getHeader("Origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (origin == null
                || !SameOrigin.sameAuthority(origin, request.getHeader("Host"))
                || channels.admit(path).isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
