package fi.asiointipiste.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Binds a feedback tablet to one service point without any staff sign-in. The token is a random secret in
 * the kiosk's address; once revoked it is refused for good.
 */
@Entity
@Table(name = "kiosk_token")
@NamedQuery(name = "KioskToken.byToken", query = "SELECT k FROM KioskToken k WHERE k.token = :token")
@NamedQuery(name = "KioskToken.all", query = "SELECT k FROM KioskToken k ORDER BY k.issuedAt DESC")
public class KioskToken implements Serializable {

    @Id
    @SequenceGenerator(name = "kiosk_token_seq", sequenceName = "kiosk_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kiosk_token_seq")
    private Long id;

    @NotNull
    @Size(min = 32, max = 64)
    private String token;

    @NotNull
    @Column(name = "service_point_id")
    private Long servicePointId;

    @NotBlank
    @Size(max = 100)
    private String label;

    @NotNull
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @NotNull
    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Version
    private long version;

    protected KioskToken() {}

    public KioskToken(String token, Long servicePointId, String label, String issuedBy, LocalDateTime issuedAt) {
        this.token = token;
        this.servicePointId = servicePointId;
        this.label = label == null ? null : label.strip();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public Long getServicePointId() {
        return servicePointId;
    }

    public String getLabel() {
        return label;
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

    public long getVersion() {
        return version;
    }
}
