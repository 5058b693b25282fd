package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.web.FormToken;
import fi.asiointipiste.visits.entity.RemoteMeans;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The queue page's one-action starts: a walk-in served by me now, or a phone or video customer. Idempotent per
 * rendered form: a second submission of the same form (a double click) creates nothing and leads to the visit the
 * first one created.
 */
@Named
@ViewScoped
public class WalkInBacking implements Serializable {

    private final FormToken walkInToken = new FormToken();
    private String submittedWalkInToken;
    private Visit lastWalkIn;

    @Inject
    Queue queue;

    @Inject
    QueueBacking list;

    @Inject
    SignedInStaff staff;

    /** One action: a walk-in customer is served by me now. */
    public String serveWalkIn() {
        return once(() -> queue.walkIn(staff.actor(), list.getPointId(), true));
    }

    /** A phone or video customer is served by me now: a REMOTE visit without a ticket. */
    public String serveRemote(String means) {
        return once(() -> queue.remote(staff.actor(), list.getPointId(), RemoteMeans.valueOf(means)));
    }

    private String once(Supplier<Visit> start) {
        if (!walkInToken.consume(submittedWalkInToken)) {
            if (lastWalkIn == null) {
                Messages.info("frontDesk.queue.alreadySubmitted");
                return null;
            }
            return VisitBacking.page(lastWalkIn);
        }
        Visit visit = start.get();
        lastWalkIn = visit;
        return VisitBacking.page(visit);
    }

    /** The queue form's one-time token (a hidden field): what makes the walk-in buttons idempotent. */
    public String getWalkInToken() {
        return walkInToken.getValue();
    }

    public void setWalkInToken(String submitted) {
        this.submittedWalkInToken = submitted;
    }
}
