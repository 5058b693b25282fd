package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limits and keys ApiGuard checks before JAX-RS sees a request. */
class ApiGuardTest {

    @Test
    void xmlBodiesMayBeAsLargeAsADmnDocumentOthersAreSmall() {
        assertThat(ApiGuard.limitFor("application/xml")).isEqualTo(4 * 1024 * 1024);
        assertThat(ApiGuard.limitFor("text/xml; charset=UTF-8")).isEqualTo(4 * 1024 * 1024);
        assertThat(ApiGuard.limitFor("application/json")).isEqualTo(64 * 1024);
        assertThat(ApiGuard.limitFor(null)).isEqualTo(64 * 1024);
        assertThat(ApiGuard.limitFor("application/x-www-form-urlencoded")).isEqualTo(64 * 1024);
    }

    @Test
    void anIdempotencyKeyIsOneToTwoHundredVisibleAsciiCharacters() {
        assertThat(ApiGuard.validKey("8e03978e-40d5-43e8-bc93-6894a57f9324")).isTrue();
        assertThat(ApiGuard.validKey(ApiGuard.unquoted("\"8e03978e\""))).isTrue();
        assertThat(ApiGuard.unquoted("\"abc\"")).isEqualTo("abc");
        assertThat(ApiGuard.validKey("")).isFalse();
        assertThat(ApiGuard.validKey("with space")).isFalse();
        assertThat(ApiGuard.validKey("ä")).isFalse();
        assertThat(ApiGuard.validKey("k".repeat(200))).isTrue();
        assertThat(ApiGuard.validKey("k".repeat(201))).isFalse();
    }
}
