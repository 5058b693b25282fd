package fi.asiointipiste.platform.push;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pages' push socket, {@code /push/{channel}/{key}}: the handshake was admitted by {@link PushGate} and
 * {@link PushHandshake}, whose decision the socket carries in its own properties; nothing is kept in the HTTP session
 * and no message touches it. The socket only listens: what a page sends is ignored.
 */
@ServerEndpoint(value = PushChannels.PREFIX + "{channel}/{key}", configurator = PushHandshake.class)
public class PushEndpoint {

    private static final Logger LOG = Logger.getLogger(PushEndpoint.class.getName());
    private static final CloseReason REFUSED = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "refused");

    @OnOpen
    public void open(Session socket) throws IOException {
        var admission = (PushChannels.Admission) socket.getUserProperties().get(PushHandshake.ADMISSION);
        if (admission == null) {
            socket.close(REFUSED);
            return;
        }
        socket.getUserProperties().remove(PushHandshake.ADMISSION);
        socket.getUserProperties().put(PushSockets.TOPIC, admission.topic());
        CDI.current().select(PushSockets.class).get().opened(socket);
        String opening = admission.channel().opening(admission.topic());
        if (opening != null) {
            PushSockets.send(socket, opening);
        }
    }

    @OnMessage
    public void ignored(String text) {
        // the pages only listen
    }

    @OnClose
    public void close(Session socket) {
        if (PushSockets.topicOf(socket) != null) {
            CDI.current().select(PushSockets.class).get().closed(socket);
        }
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        LOG.log(Level.FINE, "Push socket failed", failure);
    }
}
