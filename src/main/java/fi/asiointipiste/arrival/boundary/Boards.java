package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.ArrivalAccess;
import fi.asiointipiste.arrival.control.Json;
import fi.asiointipiste.arrival.control.QueueReader;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.arrival.entity.QueueChanged;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.push.Push;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live boards and their push. After every committed change of a point's queue ({@link QueueChanged}), the new
 * state goes out at once, on every node, over two push channels of the point (platform.push, {@link BoardChannels}):
 * <ul>
 *   <li>{@code public:<point>}: the public board for the point's waiting-room displays and terminals (sockets
 *   {@code /push/display/<token>}, {@code /push/terminal/<token>}) — calls, waiting counts and ranges, no errands, no
 *   personal data.</li>
 *   <li>{@code desks:<point>}: the desks' board for the point's signed-in staff ({@code /push/desks/<point>}).</li>
 * </ul>
 * A push message carries the whole board, so a page redraws without asking the server: no request follows a push,
 * and a push connection never extends a session (a staff socket closes when its session ends).
 */
@ApplicationScoped
public class Boards {

    static final String PUBLIC = "public:";
    static final String DESKS = "desks:";

    private static final Logger LOG = Logger.getLogger(Boards.class.getName());

    @Inject
    Push push;

    @Inject
    QueueReader reader;

    @Inject
    ArrivalAccess access;

    /** The public board of the device's point as JSON; an unknown or revoked token is refused. */
    public String publicBoard(String token, DeviceKind kind) {
        Device device = access.device(token, kind);
        return Json.of(reader.now(device.getServicePoint().getId()).publicBoard());
    }

    /** The public board of a point as JSON (a socket's first message). */
    String publicBoard(long pointId) {
        return Json.of(reader.now(pointId).publicBoard());
    }

    /** The desks' board of a point as JSON (a socket's first message; the socket was admitted for the point). */
    String desksBoard(long pointId) {
        return Json.of(reader.now(pointId).desksBoard());
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
            push.send(PUBLIC + pointId, Json.of(view.publicBoard()));
            push.send(DESKS + pointId, Json.of(view.desksBoard()));
        } catch (RuntimeException e) {
            // The change is committed; a board that could not be pushed is read again at the next change or reload.
            LOG.log(Level.WARNING, "Could not push the boards of service point " + pointId, e);
        }
    }
}
