package fi.asiointipiste.platform.security;

import java.util.List;
import java.util.Optional;

/**
 * The port through which the security mechanism asks about the account behind a caller; the organisation feature,
 * which owns staff accounts, implements it (platform knows no feature). Every method is cheap except where noted,
 * because {@link #stampOf} runs on every signed-in request.
 */
public interface StaffAccounts {

    /**
     * The account's security stamp if it exists and is active, else empty. The stamp changes whenever the account's
     * access changes (deactivated, roles, password, second factor): a session or a remembered Basic credential
     * holding another stamp is no longer valid. One indexed read.
     */
    Optional<String> stampOf(String username);

    /** Whether the account has an enrolled second factor (TOTP). */
    boolean hasSecondFactor(String username);

    /**
     * Checks a TOTP code or a one-time recovery code of the account and, when it is right, uses it up (a TOTP code's
     * time step and every earlier one are spent; a recovery code is deleted).
     */
    boolean verifySecondFactor(String username, String code);

    /**
     * Stores a new second factor for the account after checking that the user's app shows the right code for it;
     * returns the one-time recovery codes, which are shown once and stored only as hashes. Empty when the code is
     * wrong (nothing is stored then).
     */
    Optional<List<String>> enrolSecondFactor(String username, byte[] secret, String code);

    /** A form sign-in completed (after the second factor where one is needed): stamped on the account, audited. */
    void signedIn(String username, String how);

    /**
     * A sign-in step other than the password was refused (the identity store records refused passwords itself). What
     * was typed as the name is recorded only when it names an account; anything else (a password typed in the wrong
     * field, a probe) is recorded as a fixed marker.
     */
    void signInRefused(String typedName, String address, String reason);

    /** Repeated failures have just locked this name or address out ({@link SignInThrottle}): audited once. */
    void lockedOut(String typedName, String address);
}
