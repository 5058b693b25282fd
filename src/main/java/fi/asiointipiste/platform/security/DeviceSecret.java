package fi.asiointipiste.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The secret that binds an unattended device (a feedback kiosk, a check-in terminal, a waiting-room display) to its
 * service point without any staff sign-in: a random token carried in the device's address or header, who issued it
 * and when, and when it was revoked. Once revoked it is refused for good. Embedded in each kind of device's entity, in
 * the columns {@code token}, {@code issued_at}, {@code issued_by} and {@code revoked_at} of its table.
 */
@Embeddable
public class DeviceSecret implements Serializable {

    /** Random bytes of a new token (48 hexadecimal characters). */
    static final int TOKEN_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    @NotNull
    @Size(min = 32, max = 64)
    private String token;

    @NotNull
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @NotNull
    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected DeviceSecret() {}

    public DeviceSecret(String token, String issuedBy, LocalDateTime issuedAt) {
        this.token = token;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** A new random token, hexadecimal. */
    public static String newToken() {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** Revokes the secret; revoking it again keeps the first moment. */
    public void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String getToken() {
        return token;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
