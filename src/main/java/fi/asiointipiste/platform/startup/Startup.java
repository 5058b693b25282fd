package fi.asiointipiste.platform.startup;

import jakarta.interceptor.Interceptor;

/**
 * Fired once when the application starts, right after the schema migrations and before the first request is
 * served: the quick work the sign-in page and the first requests need. Each feature contributes its own work by
 * observing this event synchronously with one of the priorities below (lower runs first); the platform knows no
 * feature. Long work observes {@link BackgroundStartup} instead. An observer that must stop a production start
 * throws {@link StartRefused}.
 *
 * <pre>
 *   REFERENCE_DATA  rules: the workshop's seed rule set on a database without rule sets
 *   ACCOUNTS        organisation: an administrator exists (production mode)
 *                   demo: the demo service points and one user per role (demo mode)
 * </pre>
 */
public record Startup(RunMode mode) {

    /** Data other features build on: the seed rule set (demo visits are routed by it). */
    public static final int REFERENCE_DATA = Interceptor.Priority.APPLICATION + 100;

    /** Who can sign in: the administrator (production) or the demo organisation and its users (demo). */
    public static final int ACCOUNTS = Interceptor.Priority.APPLICATION + 200;
}
