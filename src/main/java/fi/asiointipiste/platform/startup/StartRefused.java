package fi.asiointipiste.platform.startup;

/**
 * Thrown by a {@link Startup} observer when the application must not start (for example production without an
 * administrator): the start fails and, unless {@code asiointipiste.exit-on-refusal=false}, the process ends with
 * exit status 3.
 */
public class StartRefused extends IllegalStateException {

    public StartRefused(String message) {
        super(message);
    }
}
