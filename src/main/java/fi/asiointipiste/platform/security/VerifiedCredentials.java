package fi.asiointipiste.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short-lived memory of HTTP Basic credentials that were checked a moment ago, so a REST client's every call does
 * not cost a 210,000-iteration PBKDF2. An entry is keyed by an HMAC of name and password under a key made at start
 * and never stored (the password itself is not kept, and the key cannot be recomputed from a heap dump of the keys
 * alone); it holds the caller, their roles and the account's security stamp. The caller of {@link #find} compares
 * the stamp with the account's current one, so a deactivation, role change or new password applies to the next call.
 */
public final class VerifiedCredentials {

    /** What a successful check established. */
    public record Verified(String name, Set<String> groups, String stamp, Instant expires) {}

    private final Clock clock;
    private final Duration lifetime;
    private final int maxEntries;
    private final SecretKeySpec hmacKey;
    private final Map<String, Verified> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials(Clock clock, Duration lifetime, int maxEntries) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxEntries = maxEntries;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.hmacKey = new SecretKeySpec(key, "HmacSHA256");
    }

    public Optional<Verified> find(String name, String password) {
        String key = key(name, password);
        Verified found = entries.get(key);
        if (found == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(found.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(found);
    }

    public void remember(String name, String password, String caller, Set<String> groups, String stamp) {
        if (lifetime.isZero() || lifetime.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(v -> !now.isBefore(v.expires()));
            Iterator<String> any = entries.keySet().iterator();
            while (entries.size() >= maxEntries && any.hasNext()) {
                any.next();
                any.remove();
            }
        }
        entries.put(key(name, password), new Verified(caller, Set.copyOf(groups), stamp, now.plus(lifetime)));
    }

    public void forget(String name, String password) {
        entries.remove(key(name, password));
    }

    int size() {
        return entries.size();
    }

    private String key(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
