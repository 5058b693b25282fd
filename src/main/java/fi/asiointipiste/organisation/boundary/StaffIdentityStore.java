package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks staff passwords against the PBKDF2 hashes in the database. An unknown user costs the same hash
 * computation as a wrong password, so response times do not reveal which usernames exist.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffUsers staffUsers;

    @Inject
    PasswordHashing passwords;

    private volatile String decoyHash;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        Optional<StaffUser> user = username == null ? Optional.empty() : staffUsers.byUsername(username.strip());
        if (user.isEmpty() || !user.get().isActive()) {
            passwords.matches(credential.getPasswordAsString(), decoyHash());
            staffUsers.signInFailed(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(credential.getPasswordAsString(), user.get().getPasswordHash())) {
            staffUsers.signInFailed(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        staffUsers.signedIn(user.get().getUsername());
        return new CredentialValidationResult(user.get().getUsername(),
                user.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy-password-for-timing");
        }
        return decoyHash;
    }
}
