package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.ApiToken;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens of other systems: administrators issue them for a staff account (some of its roles at some of its
 * points) and revoke them; the identity store finds the active token a request carries. Issuing and revoking are
 * audited; the secret is returned once, at issue, and only its hash is stored.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    /** A token just issued and its secret, which is never shown again. */
    public record Issued(ApiToken token, String secret) {}

    public Issued issue(Long userId, String label, Set<Role> roles, Set<Long> pointIds) {
        StaffUser user = userId == null ? null : em.find(StaffUser.class, userId);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret =
                ApiToken.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(
                secret,
                label,
                user,
                roles == null ? Set.of() : roles,
                new HashSet<>(servicePoints.byIds(pointIds == null ? Set.of() : pointIds)),
                audit.actor(),
                clock.now());
        em.persist(token);
        em.flush();
        audit.record(
                "API_TOKEN_ISSUED",
                "ApiToken",
                token.getId(),
                null,
                token.getLabel() + " for " + user.getUsername() + " roles=" + token.getRoles() + " points="
                        + token.getServicePointIds());
        return new Issued(token, secret);
    }

    public ApiToken revoke(long id) {
        ApiToken token = byId(id).orElseThrow(() -> new RefusedAction("admin.apiToken.notFound"));
        token.revoke(audit.actor(), clock.now());
        audit.record("API_TOKEN_REVOKED", "ApiToken", id, "active", "revoked");
        return token;
    }

    public List<ApiToken> all() {
        return em.createNamedQuery("ApiToken.all", ApiToken.class).getResultList();
    }

    public Optional<ApiToken> byId(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    /** The token with this secret if it is active (not revoked, its account active). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiToken> active(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultStream()
                .filter(ApiToken::isActive)
                .findFirst();
    }
}
