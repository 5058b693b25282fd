package fi.asiointipiste.platform.startup;

import jakarta.interceptor.Interceptor;

/**
 * Fired once after {@link Startup}, in a managed thread, while the server already answers: long start-up work
 * (bulk data, derived figures). Until every observer has returned, {@code /health/ready} reports DOWN and every
 * page but the sign-in page waits ({@link StartupGate}), so nobody sees figures half made. Observers run one
 * after the other in the order of the priorities below (lower first):
 *
 * <pre>
 *   BULK_DATA     demo: the generated year of visits on first start (then fires visits' VisitsImported, on
 *                 which statistics recounts its aggregates) and today's appointments (demo mode)
 *   DERIVED_DATA  statistics: refills the aggregates once when a migration re-created them
 * </pre>
 */
public record BackgroundStartup(RunMode mode) {

    /** Bulk data loaded without the application's events. */
    public static final int BULK_DATA = Interceptor.Priority.APPLICATION + 300;

    /** Figures derived from the data, after everything that writes it. */
    public static final int DERIVED_DATA = Interceptor.Priority.APPLICATION + 900;
}
