package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the queue pages of a point that its visits changed, after the change committed: a message {@value #CHANGED}
 * over the Faces websocket channel {@value #CHANNEL}, targeted by the point's id, so only the pages of that point hear
 * it. The message carries nothing else; the page then asks for its queue and day log again, as a background request
 * that does not count as the clerk's activity (front-desk/index.xhtml).
 */
@ApplicationScoped
public class QueuePush {

    public static final String CHANNEL = "visitQueue";
    public static final String CHANGED = "changed";

    private static final Logger LOG = Logger.getLogger(QueuePush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext channel;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitsChanged event) {
        push(event.servicePointId());
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitClosed event) {
        push(event.servicePointId());
    }

    private void push(long pointId) {
        try {
            channel.send(CHANGED, pointId);
        } catch (RuntimeException e) {
            // The change is committed; a page that missed the message shows it at the next change or reload.
            LOG.log(Level.WARNING, "Could not tell the queue pages of service point " + pointId, e);
        }
    }
}
