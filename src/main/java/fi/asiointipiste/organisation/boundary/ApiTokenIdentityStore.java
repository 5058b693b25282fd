package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ApiToken;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.platform.security.ApiTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
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

    @Inject
    CheckedApiToken checked;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiTokenCredential token)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tokens.active(token.token())
                .filter(t -> !t.effectiveRoles().isEmpty())
                .map(this::remember)
                .map(t -> new CredentialValidationResult(
                        null,
                        new CallerPrincipal(t.getUser().getUsername()),
                        null,
                        String.valueOf(t.getId()),
                        t.effectiveRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Keeps the token for {@link SignedInStaff} in this request (if a request is active: it is for every API call). */
    private ApiToken remember(ApiToken token) {
        try {
            checked.checked(token);
        } catch (ContextNotActiveException noRequest) {
            // validated outside an HTTP request: SignedInStaff reads the token itself
        }
        return token;
    }
}
