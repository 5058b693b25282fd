package fi.asiointipiste.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The token of a feedback kiosk, sent to the API as {@code Authorization: Kiosk <token>}. An identity store that knows
 * kiosks signs it in with the group {@link #GROUP}, which reaches only the kiosk's own resource.
 */
public final class KioskTokenCredential implements Credential {

    public static final String GROUP = "KIOSK";
    private static final String SCHEME = "Kiosk ";

    private final String token;

    public KioskTokenCredential(String token) {
        this.token = token;
    }

    /** The token of an {@code Authorization: Kiosk} header, or null for another scheme. */
    public static KioskTokenCredential ofHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorization.substring(SCHEME.length()).strip();
        return token.isEmpty() ? null : new KioskTokenCredential(token);
    }

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "KioskTokenCredential[****]";
    }
}
