package fi.asiointipiste.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Enforces {@code @RolesAllowed} on REST resources (CDI beans get no container check of their own).
 * A resource method without any of the annotations is denied: access must be stated, not assumed. Refusals are
 * problem documents (401 without a caller, 403 for a caller without the role).
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(DenyAll.class)) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        context.register(new RoleCheck(roles == null ? new String[0] : roles.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {
        private final String[] roles;

        RoleCheck(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            Locale locale = Problem.language(request.getAcceptableLanguages());
            String path = request.getUriInfo().getRequestUri().getRawPath();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.of(401, "api.unauthorized", locale, path)
                                .response())
                        .header("WWW-Authenticate", "Basic realm=\"asiointipiste\"")
                        .build());
            } else if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.of(403, "api.forbidden", locale, path).response());
            }
        }
    }
}
