package fi.asiointipiste.platform.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1 over the number of 30-second
 * steps since the epoch, truncated to six digits (RFC 4226). A code is accepted in its own step and the one before
 * or after (clock drift of a phone), and never in a step at or before the last one used, so an overheard code
 * cannot be used again.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** 160 bits, the size RFC 4226 recommends for HMAC-SHA1. */
    public static final int SECRET_BYTES = 20;

    private static final int DRIFT_STEPS = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step with the given HMAC algorithm and length (RFC 6238 appendix B vectors). */
    static String code(byte[] secret, long step, String hmac, int digits) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(secret, hmac));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24)
                    | ((h[offset + 1] & 0xff) << 16)
                    | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " is not available", e);
        }
    }

    public static String code(byte[] secret, long step) {
        return code(secret, step, "HmacSHA1", DIGITS);
    }

    /**
     * The time step whose code the user typed, or empty when the code is wrong, too old or was already used.
     * Spaces in what was typed are ignored (apps show "123 456").
     *
     * @param lastUsedStep the step of the last accepted code, or null if none was ever accepted
     */
    public static OptionalLong verify(byte[] secret, String typed, Instant now, Long lastUsedStep) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String digits = typed.replace(" ", "");
        if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if ((lastUsedStep == null || step > lastUsedStep)
                    && java.security.MessageDigest.isEqual(code(secret, step).getBytes(), digits.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The address an authenticator app reads from the enrolment QR code (Key Uri Format). */
    public static String otpauthUri(String issuer, String account, byte[] secret) {
        return "otpauth://totp/" + uriPart(issuer) + ":" + uriPart(account) + "?secret=" + Base32.encode(secret)
                + "&issuer=" + uriPart(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String uriPart(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
