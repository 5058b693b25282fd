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
                .getResultStream()
                .findFirst();
    }

    public List<StaffUser> all() {
        return em.createNamedQuery("StaffUser.all", StaffUser.class).getResultList();
    }

    public long activeWith(Role role) {
        return em.createNamedQuery("StaffUser.countActiveWithRole", Long.class)
                .setParameter("role", role)
                .getSingleResult();
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
    public StaffUser create(
            String username,
            String displayName,
            String password,
            Set<Role> roles,
            Agency agency,
            Collection<ServicePoint> points) {
        StaffUser user = create(username, displayName, password, roles);
        user.update(displayName, roles, agency, points, true);
        return user;
    }

    /** Creates an account from the administration page's form. */
    public StaffUser create(StaffUserDraft draft) {
        return create(
                draft.username(),
                draft.displayName(),
                draft.password(),
                draft.roles(),
                agencyOf(draft),
                servicePoints.byIds(draft.pointIds()));
    }

    /**
     * Saves the administration page's edit and, when the form has one, the new password: both or, when either is
     * refused, neither.
     */
    public StaffUser update(Long id, long expectedVersion, StaffUserDraft draft) {
        StaffUser user = update(
                id,
                expectedVersion,
                draft.displayName(),
                draft.roles(),
                agencyOf(draft),
                servicePoints.byIds(draft.pointIds()),
                draft.active());
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
    public StaffUser update(
            Long id,
            long expectedVersion,
            String displayName,
            Set<Role> roles,
            Agency agency,
            Collection<ServicePoint> points,
            boolean active) {
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
            throw new AccountRefused(
                    "admin.user.passwordShort", "password shorter than " + PasswordHashing.MINIMUM_LENGTH);
        }
    }

    private static String describe(StaffUser u) {
        return "name=" + u.getDisplayName() + " roles=" + u.getRoles() + " agency="
                + (u.getAgency() == null ? "-" : u.getAgency().getCode()) + " points="
                + u.getServicePoints().stream()
                        .map(ServicePoint::getCode)
                        .sorted()
                        .toList() + " active=" + u.isActive();
    }

    public void persistPrepared(StaffUser user) {
        em.persist(user);
    }

    /** The account's security stamp while it is active (one indexed read per signed-in request). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> activeStamp(String username) {
        return em.createNamedQuery("StaffUser.activeStamp", String.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Stamps a completed sign-in on the page (not HTTP Basic, which writes nothing per call) and audits it. */
    public void signedIn(String username, String how) {
        byUsername(username).ifPresent(user -> user.signedIn(clock.now()));
        audit.recordAs(username, "SIGN_IN", "StaffUser", username, null, how);
    }

    /**
     * Audits a refused sign-in. What was typed as the name is kept only when it is an account's name: anything else
     * may be a password typed into the wrong field, and is recorded as {@value #UNKNOWN_ACCOUNT}.
     */
    public void signInRefused(String typedName, String address, String reason) {
        String known = typedName == null
                ? null
                : byUsername(typedName.strip()).map(StaffUser::getUsername).orElse(null);
        String actor = known == null ? UNKNOWN_ACCOUNT : known;
        audit.recordAs(
                actor,
                "SIGN_IN_FAILED",
                "StaffUser",
                known,
                null,
                "reason=" + reason + (address == null ? "" : " address=" + address));
    }

    /** A name or address has just been locked out after repeated failed sign-ins: one record per lock-out. */
    public void lockedOut(String typedName, String address) {
        String known = typedName == null
                ? null
                : byUsername(typedName.strip()).map(StaffUser::getUsername).orElse(null);
        audit.recordAs(
                known == null ? UNKNOWN_ACCOUNT : known,
                "SIGN_IN_LOCKED_OUT",
                "StaffUser",
                known,
                null,
                address == null ? null : "address=" + address);
    }

    /** The audit trail's name for a refused sign-in whose typed name is no account. */
    public static final String UNKNOWN_ACCOUNT = "(unknown)";

    /** Stores the same password hashed with the configured, stronger work factor (at a successful sign-in). */
    public void upgradePasswordHash(String username, String strongerHash) {
        byUsername(username).ifPresent(user -> {
            user.upgradePasswordHash(strongerHash);
            audit.recordAs(username, "PASSWORD_HASH_UPGRADED", "StaffUser", username, null, null);
        });
    }

    /** Stores a newly enrolled authenticator app's sealed secret and recovery code hashes (the app's code checked). */
    public void enrolSecondFactor(String username, String sealedSecret, long usedStep, Set<String> codeHashes) {
        StaffUser user = byUsername(username).orElseThrow(() -> new AccountRefused("admin.user.notFound", username));
        boolean replacing = user.hasSecondFactor();
        user.enrolSecondFactor(sealedSecret, clock.now(), usedStep, codeHashes);
        audit.recordAs(
                username,
                replacing ? "SECOND_FACTOR_REPLACED" : "SECOND_FACTOR_ENROLLED",
                "StaffUser",
                username,
                null,
                "recoveryCodes=" + codeHashes.size());
    }

    /** Spends a TOTP time step of the account; false when it was already spent (a code works once). */
    public boolean spendTotpStep(String username, long step) {
        return byUsername(username).map(user -> user.spendTotpStep(step)).orElse(false);
    }

    /** Spends a recovery code of the account by its hash, and audits it; false when it has no such unused code. */
    public boolean spendRecoveryCode(String username, String codeHash) {
        boolean spent = byUsername(username)
                .map(user -> user.spendRecoveryCode(codeHash))
                .orElse(false);
        if (spent) {
            audit.recordAs(username, "RECOVERY_CODE_USED", "StaffUser", username, null, null);
        }
        return spent;
    }

    /** An administrator removes a user's authenticator app (a lost phone); the user's sessions end. */
    public StaffUser resetSecondFactor(Long id, long expectedVersion) {
        StaffUser user = byId(id).orElseThrow(() -> new AccountRefused("admin.user.notFound", "no staff user " + id));
        if (user.getVersion() != expectedVersion) {
            throw new OptimisticLockException("staff user " + user.getUsername() + " was changed by someone else");
        }
        user.resetSecondFactor();
        audit.record("SECOND_FACTOR_RESET", "StaffUser", user.getUsername(), null, null);
        return user;
    }
}
