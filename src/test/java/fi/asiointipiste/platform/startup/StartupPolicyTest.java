package fi.asiointipiste.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupPolicyTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(
            value = {"demo, DEMO", "DEMO, DEMO", " production , PRODUCTION", "NULL, PRODUCTION", "'', PRODUCTION"},
            nullValues = "NULL")
    void readsTheRunMode(String configured, RunMode expected) {
        assertThat(RunMode.of(configured)).isEqualTo(expected);
    }

    @Test
    void refusesAnUnknownRunMode() {
        assertThatThrownBy(() -> RunMode.of("test"))
                .hasMessageContaining("demo")
                .hasMessageContaining("production");
    }
}
