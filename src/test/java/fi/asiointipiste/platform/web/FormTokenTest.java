package fi.asiointipiste.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FormTokenTest {

    @Test
    void theRenderedTokenIsAcceptedOnceAndTheNextRenderingCarriesAFreshOne() {
        FormToken token = new FormToken();
        String rendered = token.getValue();
        assertThat(token.consume(rendered)).isTrue();
        assertThat(token.consume(rendered)).as("the same form submitted again").isFalse();
        assertThat(token.getValue()).isNotEqualTo(rendered).hasSize(32);
        assertThat(token.consume(null)).isFalse();
        assertThat(token.consume("forged")).isFalse();
        assertThat(token.consume(token.getValue())).isTrue();
    }

    @Test
    void ofManySimultaneousSubmissionsOfOneFormExactlyOneIsAccepted() throws Exception {
        FormToken token = new FormToken();
        String rendered = token.getValue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<Boolean>) () -> token.consume(rendered)));
            }
            long accepted = 0;
            for (Future<Boolean> f : results) {
                accepted += f.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }
}
