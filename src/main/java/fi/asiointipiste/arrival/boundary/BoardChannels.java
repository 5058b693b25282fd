package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.ArrivalAccess;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.push.PushChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The push channels of the boards ({@link Boards}): who may open which socket, decided in its handshake. A socket
 * hears the current board as soon as it is open, so a page that reconnects (after a lost connection or a node's loss)
 * is up to date at once.
 */
public final class BoardChannels {

    private BoardChannels() {}

    /** {@code /push/desks/<point>}: the desks' board, for the point's signed-in staff only. */
    @ApplicationScoped
    public static class Desks implements PushChannel {

        @Inject
        SignedInStaff staff;

        @Inject
        ArrivalAccess access;

        @Inject
        Boards boards;

        @Override
        public String name() {
            return "desks";
        }

        @Override
        public Optional<String> admit(String key) {
            if (!staff.isSignedIn()) {
                return Optional.empty();
            }
            return Optional.of(Boards.DESKS
                    + access.readablePoint(staff.actor(), Long.parseLong(key)).getId());
        }

        @Override
        public boolean staff() {
            return true;
        }

        @Override
        public String opening(String topic) {
            return boards.desksBoard(Long.parseLong(topic.substring(Boards.DESKS.length())));
        }
    }

    /** The public board of the point a device's active token is bound to; an unknown or revoked token is refused. */
    abstract static class Device implements PushChannel {

        @Inject
        ArrivalAccess access;

        @Inject
        Boards boards;

        abstract DeviceKind kind();

        @Override
        public String name() {
            return kind().name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public Optional<String> admit(String token) {
            return Optional.of(Boards.PUBLIC
                    + access.device(token, kind()).getServicePoint().getId());
        }

        @Override
        public boolean staff() {
            return false;
        }

        @Override
        public String opening(String topic) {
            return boards.publicBoard(Long.parseLong(topic.substring(Boards.PUBLIC.length())));
        }
    }

    /** {@code /push/display/<token>}: the waiting-room display. */
    @ApplicationScoped
    public static class Display extends Device {
        @Override
        DeviceKind kind() {
            return DeviceKind.DISPLAY;
        }
    }

    /** {@code /push/terminal/<token>}: the check-in terminal's waiting figures. */
    @ApplicationScoped
    public static class Terminal extends Device {
        @Override
        DeviceKind kind() {
            return DeviceKind.TERMINAL;
        }
    }
}
