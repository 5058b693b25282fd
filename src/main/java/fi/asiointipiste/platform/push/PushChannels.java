package fi.asiointipiste.platform.push;

import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** The channels the features offer, and who may open a socket on one: asked in the handshake's request. */
@ApplicationScoped
public class PushChannels {

    /** The address of every socket: {@code /push/{channel}/{key}} inside the application. */
    public static final String PREFIX = "/push/";

    @Inject
    @Any
    Instance<PushChannel> channels;

    /** The socket's channel and topic for an address inside the application; empty for a refused socket. */
    public Optional<Admission> admit(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = path.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 2 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        Optional<PushChannel> channel = channel(parts[0]);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        try {
            return channel.get().admit(parts[1]).map(topic -> new Admission(channel.get(), topic));
        } catch (RefusedAction | IllegalArgumentException refused) { // another point, a revoked token, a bad number
            return Optional.empty();
        }
    }

    private Optional<PushChannel> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** An admitted socket: its channel and the topic it hears. */
    public record Admission(PushChannel channel, String topic) {}
}
