package fi.asiointipiste.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the start-up stands: the background work ({@link BackgroundStartup}) still running, done, or failed. Read
 * by the readiness check (ready only when done) and by {@link StartupGate} (pages wait until it has ended).
 */
@ApplicationScoped
public class StartupProgress {

    private static final Logger LOG = Logger.getLogger(StartupProgress.class.getName());

    public enum State {
        /** Migrations and {@link Startup} work, or the background work, still running. */
        STARTING,
        /** Every start-up step has finished: the pages show complete data. */
        READY,
        /** A background step failed (logged): the pages answer, but may show incomplete data. */
        FAILED
    }

    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile State state = State.STARTING;

    /** Runs the background work on the calling thread and records how it ended; a failure is logged, not thrown. */
    public void runBackground(Runnable work) {
        long begun = System.nanoTime();
        try {
            work.run();
            state = State.READY;
            LOG.info(
                    () -> "Background start-up work done in " + (System.nanoTime() - begun) / 1_000_000 + " ms: ready");
        } catch (RuntimeException | Error e) {
            state = State.FAILED;
            LOG.log(Level.SEVERE, "Background start-up work failed: the application stays not ready", e);
        } finally {
            ended.countDown();
        }
    }

    public State state() {
        return state;
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** Whether the background work has ended (done or failed), waiting at most the given time for it. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean ended() {
        return ended.getCount() == 0;
    }
}
