package fi.asiointipiste.platform.push;

import java.util.Optional;

/**
 * A kind of push socket a feature offers (a CDI bean): the queue pages of a point, the desks' board of a point, the
 * public board of a display. The feature decides who may listen; platform knows no feature.
 */
public interface PushChannel {

    /** The channel's name in the socket's address {@code /push/{name}/{key}}. */
    String name();

    /**
     * The topic a socket for {@code key} hears (e.g. {@code desks:12}), decided in the handshake's request, where the
     * signed-in user is known; empty (or a {@code RefusedAction}) refuses the socket.
     */
    Optional<String> admit(String key);

    /** Whether the topic's sockets belong to a signed-in session (closed when it ends), not to a device. */
    boolean staff();

    /** What a socket hears as soon as it is open (e.g. the current board after a reconnect), or null for nothing. */
    default String opening(String topic) {
        return null;
    }
}
