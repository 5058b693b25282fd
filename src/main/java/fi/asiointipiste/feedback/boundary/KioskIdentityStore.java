package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.KioskToken;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.security.KioskTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Signs a feedback kiosk in to the API with its active kiosk token: the caller {@code kiosk:<id>} in the group
 * {@link KioskTokenCredential#GROUP}, which only the feedback resource allows. Other credentials are left to the other
 * stores.
 */
@ApplicationScoped
public class KioskIdentityStore implements IdentityStore {

    @Inject
    Kiosks kiosks;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof KioskTokenCredential kiosk)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            KioskToken token = kiosks.valid(kiosk.token());
            return new CredentialValidationResult(
                    null,
                    new CallerPrincipal("kiosk:" + token.getId()),
                    null,
                    String.valueOf(token.getId()),
                    Set.of(KioskTokenCredential.GROUP));
        } catch (RefusedAction unknownOrRevoked) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
