package fi.asiointipiste.feedback.entity;

import fi.asiointipiste.platform.security.DeviceSecret;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Binds a feedback tablet to one service point without any staff sign-in. The token ({@link DeviceSecret}) is a
 * random secret in the kiosk's address; once revoked it is refused for good.
 */
@Entity
@Table(name = "kiosk_token")
@NamedQuery(name = "KioskToken.byToken", query = "SELECT k FROM KioskToken k WHERE k.secret.token = :token")
@NamedQuery(name = "KioskToken.all", query = "SELECT k FROM KioskToken k ORDER BY k.secret.issuedAt DESC")
public class KioskToken implements Serializable {

    @Id
    @SequenceGenerator(name = "kiosk_token_seq", sequenceName = "kiosk_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kiosk_token_seq")
    private Long id;

    @NotNull
    @Column(name = "service_point_id")
    private Long servicePointId;

    @NotBlank
    @Size(max = 100)
    private String label;

    @Valid
    @Embedded
    private DeviceSecret secret;

    @Version
    private long version;

    protected KioskToken() {}

    public KioskToken(String token, Long servicePointId, String label, String issuedBy, LocalDateTime issuedAt) {
        this.secret = new DeviceSecret(token, issuedBy, issuedAt);
        this.servicePointId = servicePointId;
        this.label = label == null ? null : label.strip();
    }

    /** The token, who issued it and when, and its revocation. */
    public DeviceSecret getSecret() {
        return secret;
    }

    public boolean isActive() {
        return secret.isActive();
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return secret.getToken();
    }

    public Long getServicePointId() {
        return servicePointId;
    }

    public String getLabel() {
        return label;
    }

    public long getVersion() {
        return version;
    }
}
