package fi.asiointipiste.platform.push;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a push to every socket of a topic in the cluster: to this node's sockets at once, and as a clustered CDI event
 * ({@link Outbound}, Payara's data grid) to the other nodes, which hand it to theirs ({@link Inbound}). Without the
 * grid (the README's single node, {@code --nohazelcast}, and the tests) Payara publishes nothing and only the local
 * delivery happens; the local delivery never waits for the grid. The message carries the text itself (a board is a few
 * kilobytes of JSON), so a change is read from the database once, on the node that committed it.
 */
@ApplicationScoped
public class Push {

    private static final Logger LOG = Logger.getLogger(Push.class.getName());

    @Inject
    PushSockets sockets;

    @Inject
    @Outbound
    Event<PushMessage> otherNodes;

    @Inject
    @Outbound
    Event<SessionEnded> otherNodesEnded;

    /** Sends the text to the topic's sockets on every node. */
    public void send(String topic, String text) {
        sockets.deliver(topic, text);
        try {
            otherNodes.fire(new PushMessage(topic, text));
        } catch (RuntimeException e) {
            // This node's sockets have it; the others show the change at the next one or on reload.
            LOG.log(Level.WARNING, "Could not hand the push of " + topic + " to the other nodes", e);
        }
    }

    /** A session ended: its sockets are closed on every node. */
    void sessionEnded(String sessionId) {
        sockets.sessionEnded(sessionId);
        try {
            otherNodesEnded.fire(new SessionEnded(sessionId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell the other nodes that a session ended", e);
        }
    }

    void fromOtherNode(@Observes @Inbound PushMessage message) {
        sockets.deliver(message.topic(), message.text());
    }

    void endedOnOtherNode(@Observes @Inbound SessionEnded ended) {
        sockets.sessionEnded(ended.sessionId());
    }
}
