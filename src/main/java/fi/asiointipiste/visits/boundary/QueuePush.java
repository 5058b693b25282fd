package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.push.Push;
import fi.asiointipiste.platform.push.PushChannel;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the queue pages of a point that its visits changed, after the change committed: the message {@value #CHANGED}
 * on the push channel {@value #CHANNEL} of the point ({@code /push/queue/{pointId}}, platform.push), on every node. The
 * message carries nothing else; the page then asks for its queue and day log again, as a background request that does
 * not count as the clerk's activity (front-desk/index.xhtml, resources/js/queue.js). Only the point's staff may open
 * the socket (the point scope of {@link DeskAccess#readablePoint}).
 */
@ApplicationScoped
public class QueuePush implements PushChannel {

    public static final String CHANNEL = "queue";
    public static final String CHANGED = "changed";

    private static final Logger LOG = Logger.getLogger(QueuePush.class.getName());

    @Inject
    Push push;

    @Inject
    SignedInStaff staff;

    @Inject
    DeskAccess access;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitsChanged event) {
        push(event.servicePointId());
    }

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitClosed event) {
        push(event.servicePointId());
    }

    private void push(long pointId) {
        try {
            push.send(topic(pointId), CHANGED);
        } catch (RuntimeException e) {
            // The change is committed; a page that missed the message shows it at the next change or reload.
            LOG.log(Level.WARNING, "Could not tell the queue pages of service point " + pointId, e);
        }
    }

    static String topic(long pointId) {
        return CHANNEL + ":" + pointId;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    @Override
    public Optional<String> admit(String key) {
        if (!staff.isSignedIn()) {
            return Optional.empty();
        }
        long pointId = Long.parseLong(key);
        return Optional.of(topic(access.readablePoint(staff.actor(), pointId).getId()));
    }

    @Override
    public boolean staff() {
        return true;
    }
}
