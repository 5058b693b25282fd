package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** Made by Jakarta Security's Pbkdf2PasswordHash on Payara (a demo database before this class hashed itself). */
    private static final String SOTERIA_HASH =
            "PBKDF2WithHmacSHA512:210000:LPAjUqCeu4ZWsUyrDBrS6ihaY5pEODEYC+Ad/O05vpU=:"
                    + "VxhuS/l1WuK/76YnQ/7400FIT99SO8lcFKq6NramATTvEC7unYUocNf+l0KGLXFkkPB8Tc7+ijUs38byuyUNfA==";

    private final PasswordHashing hashing = new PasswordHashing(PasswordHashing.ITERATIONS);

    @Test
    void verifiesHashesThatJakartaSecurityMade() {
        assertThat(hashing.matches("asiointipiste", SOTERIA_HASH)).isTrue();
        assertThat(hashing.matches("asiointipistE", SOTERIA_HASH)).isFalse();
        assertThat(hashing.needsRehash(SOTERIA_HASH)).isFalse();
    }

    @Test
    void hashesInTheSameFormatWithAFreshSalt() {
        String hash = hashing.hash("correct horse battery");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").isNotEqualTo(hashing.hash("correct horse battery"));
        assertThat(hashing.matches("correct horse battery", hash)).isTrue();
        assertThat(hashing.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void aWeakerStoredHashIsDueForANewOneWhenTheWorkFactorRises() {
        String old = hashing.hash("correct horse battery", 1_000);
        assertThat(hashing.matches("correct horse battery", old))
                .as("an old hash still verifies")
                .isTrue();
        assertThat(hashing.needsRehash(old)).isTrue();
        PasswordHashing stronger = new PasswordHashing(300_000);
        assertThat(stronger.needsRehash(SOTERIA_HASH)).as("210,000 < 300,000").isTrue();
        assertThat(stronger.needsRehash(stronger.hash("x"))).isFalse();
        assertThat(new PasswordHashing(1_000).iterations())
                .as("never below OWASP's 210,000")
                .isEqualTo(PasswordHashing.ITERATIONS);
    }

    @Test
    void aMissingOrMalformedHashNeverMatches() {
        assertThat(hashing.matches("x", null)).isFalse();
        assertThat(hashing.matches("x", "")).isFalse();
        assertThat(hashing.matches("x", "PBKDF2WithHmacSHA512:abc:def:ghi")).isFalse();
        assertThat(hashing.matches("x", "MD5:1:AA==:AA==")).isFalse();
        assertThat(hashing.needsRehash("garbage")).isTrue();
    }
}
