package fi.asiointipiste.organisation.entity;

import fi.asiointipiste.platform.i18n.RefusedAction;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An API token of another system (a ticket machine, a booking service, an agency's reporting): it acts for one staff
 * account, with some of that account's roles at some of its service points, never more than the account itself has
 * at the moment of the call. Only the SHA-256 hash of the secret is kept (the secret is random, 256 bits, so a
 * slow password hash adds nothing); the administrator sees it once when issuing it. A revoked token is refused for
 * good.
 */
@Entity
@Table(name = "api_token")
/*
 * Every API call looks its token up: the token, its account and the token's roles and points in one statement instead
 * of three (the account's own roles, points and recovery codes still follow one statement each: EclipseLink does not
 * join-fetch a fetched entity's collections). Found by the load run's profile, docs/operations.md.
 */
@NamedQuery(
        name = "ApiToken.byHash",
        query = "SELECT t FROM ApiToken t JOIN FETCH t.user LEFT JOIN FETCH t.roles LEFT JOIN FETCH t.servicePointIds"
                + " WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.all", query = "SELECT t FROM ApiToken t JOIN FETCH t.user ORDER BY t.issuedAt DESC")
public class ApiToken implements Serializable {

    /** What every token starts with, so it is recognised in a log or a leaked file. */
    public static final String PREFIX = "ap_";

    public static final int LABEL_MAX = 100;
    /** The roles a token may carry: administration is done in person. */
    public static final Set<Role> GRANTABLE = EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.COORDINATOR);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @NotNull
    @Column(name = "token_hash")
    private String tokenHash;

    @NotNull
    @Column(name = "token_prefix")
    private String tokenPrefix;

    @NotBlank
    @Size(max = LABEL_MAX)
    private String label;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "staff_user_id")
    private StaffUser user;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_role", joinColumns = @JoinColumn(name = "api_token_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_service_point", joinColumns = @JoinColumn(name = "api_token_id"))
    @Column(name = "service_point_id")
    private Set<Long> servicePointIds = new LinkedHashSet<>();

    @NotNull
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @NotNull
    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    protected ApiToken() {}

    /**
     * A token for the account with the given roles at the given points; refused when the label is missing or too
     * long, no role or point is chosen, a role cannot be granted to a token, or the account lacks a role or point.
     */
    public ApiToken(
            String secret,
            String label,
            StaffUser user,
            Set<Role> roles,
            Set<ServicePoint> points,
            String issuedBy,
            LocalDateTime issuedAt) {
        if (label == null || label.isBlank() || label.strip().length() > LABEL_MAX) {
            throw new RefusedAction("admin.apiToken.labelRequired");
        }
        if (user == null || !user.isActive()) {
            throw new RefusedAction("admin.apiToken.userRequired");
        }
        if (roles.isEmpty() || !GRANTABLE.containsAll(roles)) {
            throw new RefusedAction("admin.apiToken.rolesRequired");
        }
        if (!user.getRoles().containsAll(roles)) {
            throw new RefusedAction("admin.apiToken.notTheUsersRole");
        }
        if (points.isEmpty()) {
            throw new RefusedAction("admin.apiToken.pointsRequired");
        }
        Set<Long> userPoints = ids(user.getServicePoints());
        if (!userPoints.containsAll(ids(points))) {
            throw new RefusedAction("admin.apiToken.notTheUsersPoint");
        }
        this.tokenHash = hash(secret);
        this.tokenPrefix = secret.substring(0, Math.min(secret.length(), 8));
        this.label = label.strip();
        this.user = user;
        this.roles = EnumSet.copyOf(roles);
        this.servicePointIds = new LinkedHashSet<>(ids(points));
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** The hash a token is found by: SHA-256 of its text, in hexadecimal. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void revoke(String by, LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    /** Usable now: not revoked, and its account is active. */
    public boolean isActive() {
        return revokedAt == null && user.isActive();
    }

    /** The roles the token acts with now: its own that the account still has. */
    public Set<Role> effectiveRoles() {
        Set<Role> effective = EnumSet.noneOf(Role.class);
        roles.stream().filter(user::has).forEach(effective::add);
        return effective;
    }

    /** The account as the token may act for it now: only the effective roles, only the token's points it still has. */
    public StaffUser actor() {
        return user.scopedTo(effectiveRoles(), servicePointIds);
    }

    private static Set<Long> ids(Set<ServicePoint> points) {
        return points.stream().map(ServicePoint::getId).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public String getLabel() {
        return label;
    }

    public StaffUser getUser() {
        return user;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<Long> getServicePointIds() {
        return Collections.unmodifiableSet(servicePointIds);
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public long getVersion() {
        return version;
    }
}
