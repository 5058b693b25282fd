package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ApiToken;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.security.ApiTokenCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The staff user behind the current request: who is acting (for facades and the audit trail), for menus, and for
 * scoping data to their service points. The one place that turns the container's caller into a {@link StaffUser}.
 */
@Named("staff")
@RequestScoped
public class SignedInStaff {

    @Inject
    SecurityContext security;

    @Inject
    StaffUsers staffUsers;

    @Inject
    ApiTokens apiTokens;

    @Inject
    HttpServletRequest request;

    @Inject
    CheckedApiToken checkedToken;

    private Optional<StaffUser> user;

    /**
     * The signed-in user; for a request signed in with an API token, the account as the token may act for it (only
     * the token's roles and points that the account has).
     */
    public Optional<StaffUser> user() {
        if (user == null) {
            Principal principal = security.getCallerPrincipal();
            Optional<Long> token = ApiTokenCredential.tokenOf(request);
            user = principal == null
                    ? Optional.empty()
                    : token.isPresent()
                            ? token.flatMap(this::tokenById)
                                    .filter(ApiToken::isActive)
                                    .map(ApiToken::actor)
                            : staffUsers.byUsername(principal.getName());
        }
        return user;
    }

    /** The token this request signed in with: as the identity store checked it moments ago, else as stored now. */
    private Optional<ApiToken> tokenById(long id) {
        Optional<ApiToken> checked = checkedToken.withId(id);
        return checked.isPresent() ? checked : apiTokens.byId(id);
    }

    /** The user acting in this request; only called where the container has already required a signed-in user. */
    public StaffUser actor() {
        return user().orElseThrow(() -> new IllegalStateException("no signed-in staff user in this request"));
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getDisplayName() {
        return user().map(StaffUser::getDisplayName).orElse("");
    }

    public String getUsername() {
        return user().map(StaffUser::getUsername).orElse("");
    }

    public boolean has(Role role) {
        return security.isCallerInRole(role.name());
    }

    public boolean isClerk() {
        return has(Role.CLERK);
    }

    public boolean isSupervisor() {
        return has(Role.SUPERVISOR);
    }

    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** A clerk who represents an agency: takes hand-offs from the desks (front-desk/inbox.xhtml). */
    public boolean isSpecialist() {
        return isClerk() && user().map(u -> u.getAgency() != null).orElse(false);
    }

    public List<Role> getRoles() {
        return user().map(u -> u.getRoles().stream().sorted().toList()).orElse(List.of());
    }

    /** The points whose data this user may see: the ones they work at. */
    public List<ServicePoint> getServicePoints() {
        return user().map(u -> u.getServicePoints().stream()
                        .sorted(java.util.Comparator.comparing(ServicePoint::getName))
                        .toList())
                .orElse(List.of());
    }
}
