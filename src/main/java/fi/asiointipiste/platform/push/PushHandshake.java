package fi.asiointipiste.platform.push;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Decides the socket in its handshake, inside the HTTP request where the signed-in user is known: the channel admits
 * it or not (the refusal itself, a 403, is {@link PushGate}'s; this is the endpoint's own check of the same rule). The
 * decision and, for staff sockets, the HTTP session go into the socket's own properties (per connection in Tyrus).
 */
public class PushHandshake extends ServerEndpointConfig.Configurator {

    static final String ADMISSION = "asiointipiste.push.admission";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        String uri = request.getRequestURI().getPath();
        int push = uri.indexOf(PushChannels.PREFIX);
        var admission = push < 0
                ? java.util.Optional.<PushChannels.Admission>empty()
                : CDI.current().select(PushChannels.class).get().admit(uri.substring(push));
        var properties = config.getUserProperties();
        properties.remove(ADMISSION);
        admission.ifPresent(a -> {
            properties.put(ADMISSION, a);
            if (a.channel().staff() && request.getHttpSession() instanceof HttpSession session) {
                properties.put(PushSockets.HTTP_SESSION, session);
                properties.put(PushSockets.SESSION_ID, session.getId());
            }
        });
        if (admission.isPresent()
                && admission.get().channel().staff()
                && !properties.containsKey(PushSockets.HTTP_SESSION)) {
            properties.remove(ADMISSION); // a staff socket needs the session it belongs to
        }
    }
}
