package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceSecretTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 12, 5, 8, 0);

    @Test
    void newTokensAreLongRandomHexadecimal() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = DeviceSecret.newToken();
            assertThat(token).matches("[0-9a-f]{48}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void aRevokedSecretStaysRevokedFromTheFirstRevocation() {
        DeviceSecret secret = new DeviceSecret("a".repeat(48), "admin", ISSUED);
        assertThat(secret.isActive()).isTrue();
        assertThat(secret.getRevokedAt()).isNull();

        secret.revoke(ISSUED.plusHours(1));
        secret.revoke(ISSUED.plusHours(2));

        assertThat(secret.isActive()).isFalse();
        assertThat(secret.getRevokedAt()).isEqualTo(ISSUED.plusHours(1));
        assertThat(secret.getToken()).isEqualTo("a".repeat(48));
        assertThat(secret.getIssuedBy()).isEqualTo("admin");
        assertThat(secret.getIssuedAt()).isEqualTo(ISSUED);
    }
}
