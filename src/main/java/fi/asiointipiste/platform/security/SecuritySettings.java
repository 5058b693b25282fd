package fi.asiointipiste.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable parts of sessions and sign-in (MicroProfile Config; docs/security.md lists them), and the two
 * in-memory guards built from them: the failed-sign-in throttle and the short memory of verified Basic credentials.
 */
@ApplicationScoped
public class SecuritySettings {

    /** The idle warning comes at least this long before the end (WCAG 2.2.1 asks for at least 20 s to react). */
    public static final int MIN_WARNING_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "asiointipiste.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "asiointipiste.session.timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    /** For tests and special desks: the idle timeout in seconds, instead of minutes. */
    @Inject
    @ConfigProperty(name = "asiointipiste.session.timeout-seconds")
    Optional<Integer> timeoutSeconds;

    @Inject
    @ConfigProperty(name = "asiointipiste.session.warning-seconds", defaultValue = "120")
    int warningSeconds;

    /** Roles that must use a second factor; unset means ADMIN and COORDINATOR in production, none in demo mode. */
    @Inject
    @ConfigProperty(name = "asiointipiste.second-factor.required-roles")
    Optional<String> secondFactorRoles;

    /** Whether /metrics and /openapi answer without a role; unset means open in demo mode only. */
    @Inject
    @ConfigProperty(name = "asiointipiste.monitoring.open")
    Optional<Boolean> monitoringOpen;

    @Inject
    @ConfigProperty(name = "asiointipiste.sign-in.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "asiointipiste.sign-in.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "asiointipiste.sign-in.failure-window-minutes", defaultValue = "15")
    int failureWindowMinutes;

    @Inject
    @ConfigProperty(name = "asiointipiste.sign-in.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "asiointipiste.sign-in.basic-cache-seconds", defaultValue = "300")
    int basicCacheSeconds;

    private SignInThrottle throttle;
    private VerifiedCredentials verifiedCredentials;
    private Set<String> rolesNeedingSecondFactor;

    @PostConstruct
    void build() {
        throttle = new SignInThrottle(
                Clock.systemUTC(),
                Math.max(1, maxFailuresPerAccount),
                Math.max(1, maxFailuresPerAddress),
                Duration.ofMinutes(Math.max(1, failureWindowMinutes)),
                Duration.ofMinutes(Math.max(1, lockoutMinutes)),
                10_000);
        verifiedCredentials =
                new VerifiedCredentials(Clock.systemUTC(), Duration.ofSeconds(Math.max(0, basicCacheSeconds)), 1_000);
        rolesNeedingSecondFactor = rolesNeedingSecondFactor(secondFactorRoles, isDemo());
    }

    static Set<String> rolesNeedingSecondFactor(Optional<String> configured, boolean demo) {
        String roles = configured.orElse(demo ? "" : "ADMIN,COORDINATOR");
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .map(r -> r.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isDemo() {
        return "demo".equalsIgnoreCase(mode == null ? "" : mode.strip());
    }

    /** Whether /metrics and /openapi are open to anyone (demo mode, unless configured otherwise). */
    public boolean monitoringOpen() {
        return monitoringOpen.orElse(isDemo());
    }

    /** Seconds without the user doing anything (background polling does not count) before the session ends. */
    public int idleTimeoutSeconds() {
        return Math.max(60, timeoutSeconds.orElse(Math.max(1, timeoutMinutes) * 60));
    }

    /** Seconds before the end at which the page warns and offers to continue. */
    public int warningSeconds() {
        return warningSeconds(idleTimeoutSeconds(), warningSeconds);
    }

    static int warningSeconds(int timeout, int configured) {
        return Math.min(Math.max(MIN_WARNING_SECONDS, configured), Math.max(MIN_WARNING_SECONDS, timeout - 10));
    }

    /** Whether a caller with these roles must use a second factor. */
    public boolean secondFactorRequired(Set<String> groups) {
        return groups.stream().anyMatch(rolesNeedingSecondFactor::contains);
    }

    public Set<String> rolesNeedingSecondFactor() {
        return rolesNeedingSecondFactor;
    }

    public int lockoutMinutes() {
        return Math.max(1, lockoutMinutes);
    }

    public SignInThrottle throttle() {
        return throttle;
    }

    public VerifiedCredentials verifiedCredentials() {
        return verifiedCredentials;
    }
}
