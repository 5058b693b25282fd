package fi.asiointipiste.platform.push;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * When an HTTP session ends (signed out, ended by the security mechanism, timed out), the push sockets opened with it
 * close on every node — the container closes this node's by itself as well (Jakarta WebSocket, code 1008).
 */
@WebListener
public class PushSessionEnds implements HttpSessionListener {

    @Inject
    Push push;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        push.sessionEnded(event.getSession().getId());
    }
}
