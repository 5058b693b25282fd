package fi.asiointipiste.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 with HMAC-SHA-512, 32-byte salt and 64-byte key; 210,000 iterations by default (OWASP's 2023
 * recommendation), more when {@code asiointipiste.password.iterations} says so. Hashes are stored in Jakarta
 * Security's self-describing format ({@code PBKDF2WithHmacSHA512:iterations:salt:hash}, Base64), so hashes made
 * before keep verifying and {@link #needsRehash} tells when a stored hash is weaker than the configured work factor:
 * the identity store then stores a new hash at the next successful sign-in.
 *
 * <p>At most as many hashes are computed at once as the machine has processors: a flood of sign-ins waits (or is
 * refused after {@link #BUSY_WAIT_SECONDS} s) instead of taking every core.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 210_000;
    public static final int MINIMUM_LENGTH = 12;
    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 64;
    static final int BUSY_WAIT_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "asiointipiste.password.iterations", defaultValue = "" + ITERATIONS)
    int configuredIterations;

    private int iterations = ITERATIONS;
    private Semaphore computations =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    public PasswordHashing() {}

    /** Hashing with the given work factor, outside the container (tests, tools). */
    public PasswordHashing(int iterations) {
        this.iterations = Math.max(ITERATIONS, iterations);
    }

    @PostConstruct
    void configure() {
        iterations = Math.max(ITERATIONS, configuredIterations);
        if (configuredIterations < ITERATIONS) {
            LOG.warning(() -> "asiointipiste.password.iterations below " + ITERATIONS + " is ignored");
        }
    }

    public String hash(String password) {
        return hash(password, iterations);
    }

    /** A hash with a given work factor: the configured one, or (tests) an older, weaker one. */
    public String hash(String password, int workFactor) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, workFactor, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + workFactor + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Whether the password matches the stored hash; a malformed or missing hash never matches. */
    public boolean matches(String password, String storedHash) {
        Parsed parsed = Parsed.of(storedHash);
        if (parsed == null || password == null) {
            return false;
        }
        byte[] key = derive(password, parsed.salt, parsed.iterations, parsed.key.length);
        return MessageDigest.isEqual(key, parsed.key);
    }

    /** A stored hash made with fewer iterations than configured now (or in another format) is due for a new one. */
    public boolean needsRehash(String storedHash) {
        Parsed parsed = Parsed.of(storedHash);
        return parsed == null
                || parsed.iterations < iterations
                || parsed.salt.length < SALT_BYTES
                || parsed.key.length < KEY_BYTES;
    }

    public int iterations() {
        return iterations;
    }

    private byte[] derive(String password, byte[] salt, int workFactor, int keyBytes) {
        boolean acquired = false;
        try {
            acquired = computations.tryAcquire(BUSY_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!acquired) {
                throw new HashingBusy();
            }
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, workFactor, keyBytes * 8);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM)
                        .generateSecret(spec)
                        .getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusy();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            if (acquired) {
                computations.release();
            }
        }
    }

    /** Too many password hashes are being computed at once: the sign-in is refused as "try again shortly". */
    public static class HashingBusy extends RuntimeException {
        HashingBusy() {
            super("too many password checks at once", null, false, false);
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] key) {
        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
                return null;
            }
            try {
                int n = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                return n > 0 && salt.length > 0 && key.length > 0 ? new Parsed(n, salt, key) : null;
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
