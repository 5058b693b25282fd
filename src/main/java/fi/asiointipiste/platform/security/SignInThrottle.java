package fi.asiointipiste.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per account name and per client address. After {@code maxPerAccount} failures for one
 * name, or {@code maxPerAddress} from one address, within the window, further attempts for that name or from that
 * address are refused without checking the password until the lock-out ends. A name is counted whether or not an
 * account has it, so a lock-out tells nothing about which accounts exist; a successful sign-in clears its name's
 * count. Bounded: at most {@code maxEntries} names and addresses are remembered (expired ones are forgotten first).
 *
 * <p>Counts live in this node's memory: in a cluster each node counts on its own (docs/security.md).
 */
public final class SignInThrottle {

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final int maxEntries;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(
            Clock clock, int maxPerAccount, int maxPerAddress, Duration window, Duration lockout, int maxEntries) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
        this.maxEntries = maxEntries;
    }

    /** Whether attempts for this name or from this address are refused now (without looking at the password). */
    public boolean locked(String name, String address) {
        Instant now = clock.instant();
        return lockedIn(accounts, key(name), now) || lockedIn(addresses, address, now);
    }

    /**
     * Counts a failed attempt; true when this failure started a lock-out (for the one audit record of it).
     */
    public boolean failed(String name, String address) {
        Instant now = clock.instant();
        boolean accountLocked = count(accounts, key(name), maxPerAccount, now);
        boolean addressLocked = address != null && count(addresses, address, maxPerAddress, now);
        return accountLocked || addressLocked;
    }

    /** A successful sign-in clears the name's failures (the address keeps its count until the window ends). */
    public void succeeded(String name) {
        accounts.remove(key(name));
    }

    /** When the lock-out on this name or address ends, or null when neither is locked. */
    public Instant lockedUntil(String name, String address) {
        Instant now = clock.instant();
        Instant a = until(accounts.get(key(name)), now);
        Instant b = address == null ? null : until(addresses.get(address), now);
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    int remembered() {
        return accounts.size() + addresses.size();
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private boolean lockedIn(Map<String, Failures> map, String key, Instant now) {
        return key != null && until(map.get(key), now) != null;
    }

    private static Instant until(Failures f, Instant now) {
        return f != null && f.lockedUntil != null && now.isBefore(f.lockedUntil) ? f.lockedUntil : null;
    }

    private boolean count(Map<String, Failures> map, String key, int max, Instant now) {
        if (map.size() >= maxEntries && !map.containsKey(key)) {
            forgetExpired(map, now);
            if (map.size() >= maxEntries) {
                Iterator<String> oldest = map.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        boolean[] startedLockout = {false};
        map.compute(key, (k, f) -> {
            Failures current = f == null || f.expired(now, window) ? new Failures(now) : f;
            current.count++;
            if (current.count >= max && current.lockedUntil == null) {
                current.lockedUntil = now.plus(lockout);
                startedLockout[0] = true;
            }
            return current;
        });
        return startedLockout[0];
    }

    private void forgetExpired(Map<String, Failures> map, Instant now) {
        map.values().removeIf(f -> f.expired(now, window));
    }

    private static final class Failures {
        final Instant first;
        int count;
        Instant lockedUntil;

        Failures(Instant first) {
            this.first = first;
        }

        /** Counting starts again once the window has passed and no lock-out is running. */
        boolean expired(Instant now, Duration window) {
            Instant end = first.plus(window);
            if (lockedUntil != null && lockedUntil.isAfter(end)) {
                end = lockedUntil;
            }
            return !now.isBefore(end);
        }
    }
}
