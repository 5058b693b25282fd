package fi.asiointipiste.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA-512, 210,000 iterations (OWASP's 2023 recommendation), 32-byte salt and 64-byte key.
 * Hashes are stored in Jakarta Security's self-describing format, so the parameters can grow later and old
 * hashes still verify.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 210_000;
    public static final int MINIMUM_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
