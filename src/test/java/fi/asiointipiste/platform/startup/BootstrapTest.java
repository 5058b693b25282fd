package fi.asiointipiste.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void findsARefusalAlsoWhenAnInterceptorWrappedIt() {
        StartRefused refusal = new StartRefused("Refusing to start: no administrator");
        assertThat(Bootstrap.refusalIn(refusal)).isSameAs(refusal);
        assertThat(Bootstrap.refusalIn(new RuntimeException("wrapped", new IllegalStateException("again", refusal))))
                .isSameAs(refusal);
    }

    @Test
    void anyOtherFailureIsNoRefusal() {
        assertThat(Bootstrap.refusalIn(new IllegalStateException("Could not load the demo visits")))
                .isNull();
    }
}
