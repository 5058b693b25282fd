package fi.asiointipiste.organisation.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person who signs in: clerk, supervisor, coordinator or administrator. A clerk with an agency is that
 * agency's specialist (for example a Kela specialist who joins visits by remote video).
 */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = "StaffUser.byUsername", query = "SELECT u FROM StaffUser u WHERE u.username = :username")
@NamedQuery(name = "StaffUser.all", query = "SELECT u FROM StaffUser u ORDER BY u.username")
@NamedQuery(
        name = "StaffUser.activeStamp",
        query = "SELECT u.securityStamp FROM StaffUser u WHERE u.username = :username AND u.active = TRUE")
@NamedQuery(
        name = "StaffUser.countActiveWithRole",
        query = "SELECT COUNT(u) FROM StaffUser u JOIN u.roles r WHERE u.active = TRUE AND r = :role")
public class StaffUser implements Serializable {

    /** The input rules of the administration form and of this entity. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]+";

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 200;
    private static final SecureRandom STAMPS = new SecureRandom();

    @Id
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    private Long id;

    @NotBlank
    @Size(min = USERNAME_MIN, max = USERNAME_MAX)
    @Pattern(regexp = USERNAME_PATTERN)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name")
    private String displayName;

    @NotBlank
    @Column(name = "password_hash")
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "staff_user_service_point",
            joinColumns = @JoinColumn(name = "staff_user_id"),
            inverseJoinColumns = @JoinColumn(name = "service_point_id"))
    private Set<ServicePoint> servicePoints = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    /**
     * Changes whenever the account's access changes (deactivated, roles, password, second factor); sessions and
     * remembered API credentials holding another stamp end at their next request.
     */
    @NotBlank
    @Column(name = "security_stamp")
    private String securityStamp = newStamp();

    /** The TOTP secret, encrypted by the platform's SecretBox; null while no authenticator app is enrolled. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private LocalDateTime totpEnrolledAt;

    /** The time step of the last TOTP code accepted: that code and every earlier one are spent. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** Hashes of the unused one-time recovery codes. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new LinkedHashSet<>();

    @Version
    private long version;

    protected StaffUser() {}

    public StaffUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void worksAt(ServicePoint point) {
        servicePoints.add(point);
    }

    /** Replaces what the administrator edits: name, roles, agency (null for none), points and whether active. */
    public void update(
            String newDisplayName,
            Set<Role> newRoles,
            Agency newAgency,
            Collection<ServicePoint> points,
            boolean isActive) {
        Set<Role> before = EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
        boolean wasActive = active;
        this.displayName = newDisplayName;
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        this.agency = newAgency;
        this.servicePoints = new LinkedHashSet<>(points);
        this.active = isActive;
        if (wasActive != active || !before.equals(roles)) {
            securityStamp = newStamp();
        }
    }

    public void representAgency(Agency specialistAgency) {
        this.agency = specialistAgency;
    }

    public void signedIn(LocalDateTime at) {
        this.lastLoginAt = at;
    }

    /** A new password: every session and remembered API credential of the account ends. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.securityStamp = newStamp();
    }

    /** The same password hashed again with a stronger work factor: nothing else changes, no session ends. */
    public void upgradePasswordHash(String strongerHash) {
        this.passwordHash = strongerHash;
    }

    /**
     * An authenticator app is enrolled (or replaces the previous one), with new recovery codes; the first code, which
     * proved the app works, is spent. Other sessions of the account end.
     */
    public void enrolSecondFactor(String sealedSecret, LocalDateTime at, long usedStep, Set<String> codeHashes) {
        this.totpSecret = sealedSecret;
        this.totpEnrolledAt = at;
        this.totpLastStep = usedStep;
        this.recoveryCodeHashes = new LinkedHashSet<>(codeHashes);
        this.securityStamp = newStamp();
    }

    /** An administrator removes the second factor (a lost phone): the next sign-in enrols a new one where required. */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
        this.recoveryCodeHashes = new LinkedHashSet<>();
        this.securityStamp = newStamp();
    }

    /** Spends a TOTP time step; false when it is not later than the last one used (a code works once). */
    public boolean spendTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Spends a recovery code by its hash; false when the account has no such unused code. */
    public boolean spendRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    private static String newStamp() {
        byte[] random = new byte[16];
        STAMPS.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * This account as an API token may act for it: the same person (id, name, agency), with only the given roles and
     * points it has itself. A transient copy for the request, never saved: what is saved refers to it by id only.
     */
    public StaffUser scopedTo(Set<Role> tokenRoles, Set<Long> tokenPointIds) {
        StaffUser scoped = new StaffUser();
        scoped.id = id;
        scoped.username = username;
        scoped.displayName = displayName;
        scoped.passwordHash = passwordHash;
        scoped.agency = agency;
        scoped.active = active;
        scoped.lastLoginAt = lastLoginAt;
        scoped.version = version;
        scoped.roles = EnumSet.noneOf(Role.class);
        tokenRoles.stream().filter(this::has).forEach(scoped.roles::add);
        scoped.servicePoints = new LinkedHashSet<>();
        servicePoints.stream().filter(p -> tokenPointIds.contains(p.getId())).forEach(scoped.servicePoints::add);
        return scoped;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Agency getAgency() {
        return agency;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<ServicePoint> getServicePoints() {
        return Collections.unmodifiableSet(servicePoints);
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }

    public String getSecurityStamp() {
        return securityStamp;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public LocalDateTime getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public int getUnusedRecoveryCodes() {
        return recoveryCodeHashes.size();
    }
}
