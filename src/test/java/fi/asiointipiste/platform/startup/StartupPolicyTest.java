package fi.asiointipiste.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupPolicyTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(value = {"demo, DEMO", "DEMO, DEMO", " production , PRODUCTION", "NULL, PRODUCTION", "'', PRODUCTION"},
            nullValues = "NULL")
    void readsTheRunMode(String configured, RunMode expected) {
        assertThat(RunMode.of(configured)).isEqualTo(expected);
    }

    @Test
    void refusesAnUnknownRunMode() {
        assertThatThrownBy(() -> RunMode.of("test")).hasMessageContaining("demo").hasMessageContaining("production");
    }

    @Test
    void productionRefusesToStartWithoutAnAdministratorPassword() {
        assertThat(AdministratorAccount.problemWith("")).contains("ASIOINTIPISTE_ADMIN_PASSWORD");
        assertThat(AdministratorAccount.problemWith(null)).contains("no administrator password");
    }

    @Test
    void productionRefusesAShortAdministratorPassword() {
        assertThat(AdministratorAccount.problemWith("short-pass1")).contains("shorter than 12");
    }

    @Test
    void productionAcceptsALongEnoughPassword() {
        assertThat(AdministratorAccount.problemWith("correct horse battery")).isNull();
    }
}
