package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

    @Test
    void administratorsAndCoordinatorsNeedASecondFactorInProductionByDefault() {
        assertThat(SecuritySettings.rolesNeedingSecondFactor(Optional.empty(), false))
                .containsOnly("ADMIN", "COORDINATOR");
        assertThat(SecuritySettings.rolesNeedingSecondFactor(Optional.empty(), true))
                .as("demo mode")
                .isEmpty();
        assertThat(SecuritySettings.rolesNeedingSecondFactor(Optional.of("admin, clerk ,"), true))
                .containsOnly("ADMIN", "CLERK");
        assertThat(SecuritySettings.rolesNeedingSecondFactor(Optional.of(""), false))
                .isEmpty();
    }

    @Test
    void warnsAtLeastAMinuteBeforeTheEnd() {
        assertThat(SecuritySettings.warningSeconds(1800, 120)).isEqualTo(120);
        assertThat(SecuritySettings.warningSeconds(1800, 10)).isEqualTo(60);
        assertThat(SecuritySettings.warningSeconds(90, 120)).isEqualTo(80);
        assertThat(SecuritySettings.warningSeconds(60, 120)).isEqualTo(60);
    }

    @Test
    void theRequirementFollowsTheRoles() {
        SecuritySettings settings = new SecuritySettings();
        settings.mode = "production";
        settings.secondFactorRoles = Optional.empty();
        settings.timeoutSeconds = Optional.empty();
        settings.build();
        assertThat(settings.secondFactorRequired(Set.of("CLERK"))).isFalse();
        assertThat(settings.secondFactorRequired(Set.of("CLERK", "COORDINATOR")))
                .isTrue();
        assertThat(settings.isDemo()).isFalse();
    }
}
