package fi.asiointipiste.organisation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Moved from platform.startup.StartupPolicyTest with the administrator's start-up check. */
class AdministratorAccountTest {

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
