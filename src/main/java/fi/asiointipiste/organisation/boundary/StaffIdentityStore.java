package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.security.Base32;
import fi.asiointipiste.platform.security.PasswordHashing;
import fi.asiointipiste.platform.security.SecretBox;
import fi.asiointipiste.platform.security.StaffAccounts;
import fi.asiointipiste.platform.security.Totp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks staff passwords against the PBKDF2 hashes in the database, and answers the security mechanism's questions
 * about accounts ({@link StaffAccounts}: the security stamp, the second factor). An unknown or inactive user costs
 * the same hash computation as a wrong password, so response times do not reveal which usernames exist. A refused
 * password is audited (the typed name only when it is an account's); a right one writes nothing, except once: a hash
 * made with a weaker work factor than configured is replaced at the first successful check.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore, StaffAccounts {

    /** Ten codes of twelve Base32 characters (60 bits each), shown as XXXX-XXXX-XXXX. */
    static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StaffUsers staffUsers;

    @Inject
    PasswordHashing passwords;

    @Inject
    SecretBox secrets;

    private volatile String decoyHash;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        Optional<StaffUser> user = username == null ? Optional.empty() : staffUsers.byUsername(username.strip());
        if (user.isEmpty() || !user.get().isActive()) {
            passwords.matches(credential.getPasswordAsString(), decoyHash());
            staffUsers.signInRefused(username, null, "password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        StaffUser account = user.get();
        if (!passwords.matches(credential.getPasswordAsString(), account.getPasswordHash())) {
            staffUsers.signInRefused(username, null, "password");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (passwords.needsRehash(account.getPasswordHash())) {
            staffUsers.upgradePasswordHash(account.getUsername(), passwords.hash(credential.getPasswordAsString()));
        }
        return new CredentialValidationResult(
                account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy-password-for-timing");
        }
        return decoyHash;
    }

    @Override
    public Optional<String> stampOf(String username) {
        return staffUsers.activeStamp(username);
    }

    @Override
    public boolean hasSecondFactor(String username) {
        return staffUsers.byUsername(username).map(StaffUser::hasSecondFactor).orElse(false);
    }

    @Override
    public boolean verifySecondFactor(String username, String code) {
        Optional<StaffUser> user = staffUsers.byUsername(username).filter(u -> u.isActive() && u.hasSecondFactor());
        if (user.isEmpty() || code == null) {
            return false;
        }
        OptionalLong step = Totp.verify(
                secrets.open(user.get().getTotpSecret()),
                code,
                Instant.now(),
                user.get().getTotpLastStep());
        if (step.isPresent()) {
            return staffUsers.spendTotpStep(username, step.getAsLong());
        }
        String normalised = normaliseRecoveryCode(code);
        return normalised != null && staffUsers.spendRecoveryCode(username, recoveryCodeHash(username, normalised));
    }

    @Override
    public Optional<List<String>> enrolSecondFactor(String username, byte[] secret, String code) {
        OptionalLong step = Totp.verify(secret, code, Instant.now(), null);
        if (step.isEmpty()
                || staffUsers.byUsername(username).filter(StaffUser::isActive).isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        while (codes.size() < RECOVERY_CODES) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            String plain = Base32.encode(random).substring(0, 12);
            if (hashes.add(recoveryCodeHash(username, plain))) {
                codes.add(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
            }
        }
        staffUsers.enrolSecondFactor(username, secrets.seal(secret), step.getAsLong(), hashes);
        return Optional.of(codes);
    }

    @Override
    public void signedIn(String username, String how) {
        staffUsers.signedIn(username, how);
    }

    @Override
    public void signInRefused(String typedName, String address, String reason) {
        staffUsers.signInRefused(typedName, address, reason);
    }

    @Override
    public void lockedOut(String typedName, String address) {
        staffUsers.lockedOut(typedName, address);
    }

    /**
     * Upper case without hyphens and spaces, and the digits people type for the letters they resemble (Base32 has no
     * 0, 1 or 8); null when it cannot be a recovery code.
     */
    static String normaliseRecoveryCode(String typed) {
        String plain = typed.replace("-", "")
                .replace(" ", "")
                .toUpperCase(Locale.ROOT)
                .replace('0', 'O')
                .replace('1', 'I')
                .replace('8', 'B');
        return plain.length() == 12 && Base32.decode(plain) != null ? plain : null;
    }

    /** Recovery codes are random (60 bits), so a salted SHA-256 is enough; the user name is the salt. */
    static String recoveryCodeHash(String username, String normalisedCode) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest((username + ":" + normalisedCode).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
