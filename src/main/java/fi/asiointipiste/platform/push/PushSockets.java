package fi.asiointipiste.platform.push;

import fi.asiointipiste.platform.security.SignedInSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open push sockets of this node by topic. A staff socket keeps a reference to the HTTP session it was opened
 * with (the socket knows the session, never the other way round); before each delivery the security mechanism's rules
 * are checked ({@link SignedInSessions}), and a socket whose session ended, timed out or whose account changed is
 * closed (1008) instead of hearing the push.
 */
@ApplicationScoped
public class PushSockets {

    static final String TOPIC = "asiointipiste.push.topic";
    static final String HTTP_SESSION = "asiointipiste.push.httpSession";
    static final String SESSION_ID = "asiointipiste.push.sessionId";
    static final CloseReason ENDED = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "session ended");

    private static final Logger LOG = Logger.getLogger(PushSockets.class.getName());

    private final Map<String, Set<Session>> byTopic = new ConcurrentHashMap<>();

    @Inject
    SignedInSessions sessions;

    void opened(Session socket) {
        byTopic.computeIfAbsent(topicOf(socket), t -> ConcurrentHashMap.newKeySet())
                .add(socket);
    }

    void closed(Session socket) {
        Set<Session> sockets = byTopic.get(topicOf(socket));
        if (sockets != null) {
            sockets.remove(socket);
        }
    }

    /** Sends the text to this node's sockets of the topic; returns how many got it. */
    int deliver(String topic, String text) {
        Set<Session> sockets = byTopic.get(topic);
        if (sockets == null) {
            return 0;
        }
        Map<String, Optional<String>> stamps = new HashMap<>();
        int sent = 0;
        for (Session socket : sockets) {
            if (!socket.isOpen()) {
                sockets.remove(socket);
            } else if (mayHear(socket, stamps)) {
                send(socket, text);
                sent++;
            } else {
                close(socket);
            }
        }
        return sent;
    }

    /** Closes this node's sockets opened with the session (it ended here or on another node). */
    void sessionEnded(String sessionId) {
        byTopic.values()
                .forEach(sockets -> sockets.stream()
                        .filter(s -> sessionId.equals(s.getUserProperties().get(SESSION_ID)))
                        .forEach(this::close));
    }

    /** How many sockets of the topic are open on this node. */
    public int count(String topic) {
        Set<Session> sockets = byTopic.get(topic);
        return sockets == null
                ? 0
                : (int) sockets.stream().filter(Session::isOpen).count();
    }

    private boolean mayHear(Session socket, Map<String, Optional<String>> stamps) {
        Object http = socket.getUserProperties().get(HTTP_SESSION);
        return http == null || sessions.stillSignedIn((HttpSession) http, stamps);
    }

    static void send(Session socket, String text) {
        try {
            socket.getAsyncRemote().sendText(text);
        } catch (IllegalStateException busy) { // an earlier message is still being written
            synchronized (socket) {
                try {
                    socket.getBasicRemote().sendText(text);
                } catch (IOException | IllegalStateException gone) {
                    LOG.log(Level.FINE, "A push socket went away", gone);
                }
            }
        }
    }

    private void close(Session socket) {
        closed(socket);
        try {
            socket.close(ENDED);
        } catch (IOException | IllegalStateException gone) {
            LOG.log(Level.FINE, "A push socket was already gone", gone);
        }
    }

    static String topicOf(Session socket) {
        return (String) socket.getUserProperties().get(TOPIC);
    }
}
