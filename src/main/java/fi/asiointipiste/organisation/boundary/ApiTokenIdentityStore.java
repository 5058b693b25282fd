package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.platform.security.ApiTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Checks API tokens ({@link ApiTokenCredential}): an active token signs its request in as its staff account, with the
 * token's roles that the account still has as groups, and names itself in the caller unique id (the token's id), so
 * {@link SignedInStaff} keeps the request to the token's points. Other credentials are left to the other stores.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    ApiTokens tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiTokenCredential token)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tokens.active(token.token())
                .filter(t -> !t.effectiveRoles().isEmpty())
                .map(t -> new CredentialValidationResult(
                        null,
                        new CallerPrincipal(t.getUser().getUsername()),
                        null,
                        String.valueOf(t.getId()),
                        t.effectiveRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
