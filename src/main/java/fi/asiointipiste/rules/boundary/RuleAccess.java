package fi.asiointipiste.rules.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who may change rules: coordinators. Pages and REST calls are already limited by web.xml and {@code @RolesAllowed};
 * the facades ask again, so that a supervisor who may read the rule pages can never change a rule through them.
 * Work the application does itself (start-up, demo data) has no caller and is allowed.
 */
@ApplicationScoped
public class RuleAccess {

    static final String COORDINATOR = "COORDINATOR";

    @Inject
    SecurityContext security;

    public void requireCoordinator() {
        Principal caller;
        try {
            caller = security.getCallerPrincipal();
        } catch (RuntimeException outsideRequest) {
            return;
        }
        if (caller != null && !security.isCallerInRole(COORDINATOR)) {
            throw new NotACoordinator(caller.getName());
        }
    }
}
