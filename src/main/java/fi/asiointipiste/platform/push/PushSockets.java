package fi.asiointipiste.platform.push;

import fi.asiointipiste.platform.security.SignedInSessions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open push sockets of this node by topic. A staff socket keeps a reference to the HTTP session it was opened
 * with (the socket knows the session, never the other way round); before each delivery the security mechanism's rules
 * are checked ({@link SignedInSessions}), and a socket whose session ended, timed out or whose account changed is
 * closed (1008) instead of hearing the push. Deliveries run on the container's managed executor, one after the other
 * per topic (so boards arrive in the order they were committed), never in the thread that committed the change: a
 * slow or half-closed socket cannot hold up a clerk's click, and the checks' reads run in a transaction of their own.
 */
@ApplicationScoped
public class PushSockets {

    static final String TOPIC = "asiointipiste.push.topic";
    static final String HTTP_SESSION = "asiointipiste.push.httpSession";
    static final String SESSION_ID = "asiointipiste.push.sessionId";
    static final long SEND_TIMEOUT_MILLIS = 10_000;
    static final CloseReason ENDED = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "session ended");

    private static final Logger LOG = Logger.getLogger(PushSockets.class.getName());

    private final Map<String, Set<Session>> byTopic = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> queued = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

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

    /** Sends the text to this node's sockets of the topic, soon, after the topic's earlier messages. */
    void deliver(String topic, String text) {
        if (!byTopic.containsKey(topic)) {
            return;
        }
        queued.compute(
                topic,
                (t, before) -> (before == null ? CompletableFuture.<Void>completedFuture(null) : before)
                        .thenRunAsync(() -> deliverNow(topic, text), executor)
                        .exceptionally(failure -> {
                            LOG.log(Level.WARNING, "Could not push to " + topic, failure);
                            return null;
                        }));
    }

    /** Sends the text to this node's sockets of the topic now; returns how many got it. */
    int deliverNow(String topic, String text) {
        Set<Session> sockets = byTopic.get(topic);
        if (sockets == null) {
            return 0;
        }
        Map<String, Optional<String>> stamps = new HashMap<>();
        int sent = 0;
        for (Session socket : sockets) {
            if (!socket.isOpen()) {
                sockets.remove(socket);
                continue;
            }
            boolean may;
            try {
                may = mayHear(socket, stamps);
            } catch (RuntimeException failure) { // not sent this time; the socket stays for the next push
                LOG.log(Level.WARNING, "Could not check a push socket of " + topic, failure);
                continue;
            }
            if (may) {
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

    private boolean mayHear(Session socket, Map<String, Optional<String>> stamps) {
        Object http = socket.getUserProperties().get(HTTP_SESSION);
        return http == null || sessions.stillSignedIn((HttpSession) http, stamps);
    }

    static void send(Session socket, String text) {
        try {
            socket.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
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
