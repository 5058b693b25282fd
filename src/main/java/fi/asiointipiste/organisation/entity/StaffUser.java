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
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
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
@NamedQuery(name = "StaffUser.countActiveWithRole",
        query = "SELECT COUNT(u) FROM StaffUser u JOIN u.roles r WHERE u.active = TRUE AND r = :role")
public class StaffUser implements Serializable {

    /** The input rules of the administration form and of this entity. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]+";
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 200;

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
    @JoinTable(name = "staff_user_service_point",
            joinColumns = @JoinColumn(name = "staff_user_id"),
            inverseJoinColumns = @JoinColumn(name = "service_point_id"))
    private Set<ServicePoint> servicePoints = new LinkedHashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Version
    private long version;

    protected StaffUser() {
    }

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
    public void update(String newDisplayName, Set<Role> newRoles, Agency newAgency, Collection<ServicePoint> points,
                       boolean isActive) {
        this.displayName = newDisplayName;
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        this.agency = newAgency;
        this.servicePoints = new LinkedHashSet<>(points);
        this.active = isActive;
    }

    public void representAgency(Agency specialistAgency) {
        this.agency = specialistAgency;
    }

    public void signedIn(LocalDateTime at) {
        this.lastLoginAt = at;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
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
}
