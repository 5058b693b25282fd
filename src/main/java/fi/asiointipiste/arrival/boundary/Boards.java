package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.ArrivalAccess;
import fi.asiointipiste.arrival.control.Json;
import fi.asiointipiste.arrival.control.QueueReader;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.arrival.entity.QueueChanged;
import fi.asiointipiste.organisation.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live boards and their push. After every committed change of a point's queue ({@link QueueChanged}), the new
 * state goes out at once over two Faces websocket channels:
 * <ul>
 *   <li>{@value #PUBLIC_CHANNEL} (application scope): the public board for the waiting-room displays and the
 *   terminals — calls, waiting counts and ranges, no errands, no personal data; every point's board goes to every
 *   public socket and the page keeps its own point's.</li>
 *   <li>{@value #DESKS_CHANNEL} (user-targeted by the point id, view scope): the desks' board for the point's
 *   signed-in staff.</li>
 * </ul>
 * A push message carries the whole board, so a page redraws without asking the server: no request follows a push,
 * and a push connection never extends a session (a view-scoped socket closes when its session ends).
 */
@ApplicationScoped
public class Boards {

    public static final String PUBLIC_CHANNEL = "arrivalPublic";
    public static final String DESKS_CHANNEL = "arrivalDesks";

    private static final Logger LOG = Logger.getLogger(Boards.class.getName());

    @Inject
    @Push(channel = PUBLIC_CHANNEL)
    PushContext publicChannel;

    @Inject
    @Push(channel = DESKS_CHANNEL)
    PushContext desksChannel;

    @Inject
    QueueReader reader;

    @Inject
    ArrivalAccess access;

    /** The public board of the device's point as JSON; an unknown or revoked token is refused. */
    public String publicBoard(String token, DeviceKind kind) {
        Device device = access.device(token, kind);
        return Json.of(reader.now(device.getServicePoint().getId()).publicBoard());
    }

    /** The desks' board of one of the user's points as JSON. */
    public String desksBoard(StaffUser actor, long pointId) {
        access.readablePoint(actor, pointId);
        return Json.of(reader.now(pointId).desksBoard());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChanged event) {
        push(event.servicePointId());
    }

    /** Sends both boards of the point now. */
    public void push(long pointId) {
        try {
            var view = reader.now(pointId);
            publicChannel.send(Json.of(view.publicBoard()));
            desksChannel.send(Json.of(view.desksBoard()), pointId);
        } catch (RuntimeException e) {
            // The change is committed; a board that could not be pushed is read again at the next change or reload.
            LOG.log(Level.WARNING, "Could not push the boards of service point " + pointId, e);
        }
    }
}
