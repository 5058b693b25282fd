package fi.asiointipiste.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartupProgressTest {

    @Test
    void isNotReadyAndPagesWaitWhileTheBackgroundWorkRuns() throws Exception {
        StartupProgress progress = new StartupProgress();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread background = new Thread(() -> progress.runBackground(() -> {
            running.countDown();
            await(release);
        }));
        background.start();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(progress.state()).isEqualTo(StartupProgress.State.STARTING);
        assertThat(progress.ready()).isFalse();
        assertThat(progress.ended()).isFalse();
        assertThat(progress.awaitEnd(Duration.ofMillis(50)))
                .as("a page waits, then gives up")
                .isFalse();

        release.countDown();
        assertThat(progress.awaitEnd(Duration.ofSeconds(5))).isTrue();
        background.join();
        assertThat(progress.state()).isEqualTo(StartupProgress.State.READY);
        assertThat(progress.ready()).isTrue();
    }

    @Test
    void aFailedBackgroundStepLetsPagesThroughButStaysNotReady() throws Exception {
        StartupProgress progress = new StartupProgress();
        progress.runBackground(() -> {
            throw new IllegalStateException("Could not load the demo visits");
        });
        assertThat(progress.state()).isEqualTo(StartupProgress.State.FAILED);
        assertThat(progress.ready()).isFalse();
        assertThat(progress.ended()).isTrue();
        assertThat(progress.awaitEnd(Duration.ZERO)).isTrue();
    }

    @Test
    void isNotReadyBeforeTheBackgroundWorkBegins() {
        StartupProgress progress = new StartupProgress();
        assertThat(progress.ready()).isFalse();
        assertThat(progress.ended()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
