package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.AccountRefused;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.security.PasswordHashing;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Staff accounts: who may sign in, with which roles, at which service points. */
@ApplicationScoped
@Transactional
public class StaffUsers {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    ServicePoints servicePoints;

    public Optional<StaffUser> byUsername(String username) {
        return em.createNamedQuery("StaffUser.byUsername", StaffUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public List<StaffUser> all() {
        return em.createNamedQuery("StaffUser.all", StaffUser.class).getResultList();
    }

    public long activeWith(Role role) {
        return em.createNamedQuery("StaffUser.countActiveWithRole", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    public Optional<StaffUser> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(StaffUser.class, id));
    }

    /** Creates an account; the password is hashed here and never stored or logged as such. */
    public StaffUser create(String username, String displayName, String password, Set<Role> roles) {
        requireStrong(password);
        if (byUsername(username).isPresent()) {
            throw new AccountRefused("admin.user.usernameTaken", "username " + username + " is taken");
        }
        StaffUser user = new StaffUser(username, displayName, passwords.hash(password), roles);
        em.persist(user);
        audit.record("STAFF_USER_CREATED", "StaffUser", username, null, "roles=" + roles);
        return user;
    }

    /** Creates an account with its points and agency in one step (the administration page). */
    public StaffUser create(String username, String displayName, String password, Set<Role> roles, Agency agency,
                            Collection<ServicePoint> points) {
        StaffUser user = create(username, displayName, password, roles);
        user.update(displayName, roles, agency, points, true);
        return user;
    }

    /** Creates an account from the administration page's form. */
    public StaffUser create(StaffUserDraft draft) {
        return create(draft.username(), draft.displayName(), draft.password(), draft.roles(), agencyOf(draft),
                servicePoints.byIds(draft.pointIds()));
    }

    /**
     * Saves the administration page's edit and, when the form has one, the new password: both or, when either is
     * refused, neither.
     */
    public StaffUser update(Long id, long expectedVersion, StaffUserDraft draft) {
        StaffUser user = update(id, expectedVersion, draft.displayName(), draft.roles(), agencyOf(draft),
                servicePoints.byIds(draft.pointIds()), draft.active());
        if (draft.hasPassword()) {
            changePassword(id, draft.password());
        }
        return user;
    }

    private Agency agencyOf(StaffUserDraft draft) {
        return draft.agencyId() == null ? null : em.find(Agency.class, draft.agencyId());
    }

    /**
     * Saves an administrator's edit. Refused when someone else changed the account meanwhile, or when it would
     * leave no active administrator (nobody could manage accounts any more).
     */
    public StaffUser update(Long id, long expectedVersion, String displayName, Set<Role> roles, Agency agency,
                            Collection<ServicePoint> points, boolean active) {
        StaffUser user = byId(id).orElseThrow(() -> new AccountRefused("admin.user.notFound", "no staff user " + id));
        if (user.getVersion() != expectedVersion) {
            throw new OptimisticLockException("staff user " + user.getUsername() + " was changed by someone else");
        }
        boolean stopsBeingAdmin = user.isActive() && user.has(Role.ADMIN) && (!active || !roles.contains(Role.ADMIN));
        if (stopsBeingAdmin && activeWith(Role.ADMIN) <= 1) {
            throw new AccountRefused("admin.user.lastAdmin", "the last active administrator cannot be removed");
        }
        String before = describe(user);
        user.update(displayName, roles, agency, points, active);
        audit.record("STAFF_USER_CHANGED", "StaffUser", user.getUsername(), before, describe(user));
        return user;
    }

    public void changePassword(Long id, String newPassword) {
        requireStrong(newPassword);
        StaffUser user = byId(id).orElseThrow(() -> new AccountRefused("admin.user.notFound", "no staff user " + id));
        user.changePasswordHash(passwords.hash(newPassword));
        audit.record("STAFF_USER_PASSWORD_SET", "StaffUser", user.getUsername(), null, null);
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < PasswordHashing.MINIMUM_LENGTH) {
            throw new AccountRefused("admin.user.passwordShort", "password shorter than " + PasswordHashing.MINIMUM_LENGTH);
        }
    }

    private static String describe(StaffUser u) {
        return "name=" + u.getDisplayName() + " roles=" + u.getRoles() + " agency="
                + (u.getAgency() == null ? "-" : u.getAgency().getCode()) + " points="
                + u.getServicePoints().stream().map(ServicePoint::getCode).sorted().toList() + " active=" + u.isActive();
    }

    public void persistPrepared(StaffUser user) {
        em.persist(user);
    }

    /** Stamps a successful sign-in on the account and in the audit log. */
    public void signedIn(String username) {
        byUsername(username).ifPresent(user -> user.signedIn(clock.now()));
        audit.recordAs(username, "SIGN_IN", "StaffUser", username, null, null);
    }

    public void signInFailed(String username) {
        String actor = username == null || username.isBlank() ? "?" : clip(username);
        audit.recordAs(actor, "SIGN_IN_FAILED", "StaffUser", actor, null, null);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60);
    }
}
