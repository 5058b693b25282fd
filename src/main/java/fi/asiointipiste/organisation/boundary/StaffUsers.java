package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.security.PasswordHashing;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    /** Creates an account; the password is hashed here and never stored or logged as such. */
    public StaffUser create(String username, String displayName, String password, Set<Role> roles) {
        if (password == null || password.length() < PasswordHashing.MINIMUM_LENGTH) {
            throw new IllegalArgumentException("password shorter than " + PasswordHashing.MINIMUM_LENGTH);
        }
        StaffUser user = new StaffUser(username, displayName, passwords.hash(password), roles);
        em.persist(user);
        audit.record("STAFF_USER_CREATED", "StaffUser", username, null, "roles=" + roles);
        return user;
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
