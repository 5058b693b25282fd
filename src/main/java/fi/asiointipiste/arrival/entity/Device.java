package fi.asiointipiste.arrival.entity;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.security.DeviceSecret;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
 * A check-in terminal or a waiting-room display, bound to one service point without any staff sign-in (the pattern
 * of the feedback kiosk): the token ({@link DeviceSecret}) is a random secret in the device's address; once revoked it
 * is refused for good.
 */
@Entity
@Table(name = "arrival_device")
@NamedQuery(name = "Device.byToken", query = "SELECT d FROM Device d WHERE d.secret.token = :token")
@NamedQuery(name = "Device.all", query = "SELECT d FROM Device d ORDER BY d.secret.issuedAt DESC")
public class Device implements Serializable {

    public static final int LABEL_MAX = 100;

    @Id
    @SequenceGenerator(name = "arrival_device_seq", sequenceName = "arrival_device_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "arrival_device_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    private DeviceKind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_point_id")
    private ServicePoint servicePoint;

    @NotBlank
    @Size(max = LABEL_MAX)
    private String label;

    @Valid
    @Embedded
    private DeviceSecret secret;

    @Version
    private long version;

    protected Device() {}

    public Device(
            String token,
            DeviceKind kind,
            ServicePoint servicePoint,
            String label,
            String issuedBy,
            LocalDateTime issuedAt) {
        this.secret = new DeviceSecret(token, issuedBy, issuedAt);
        this.kind = kind;
        this.servicePoint = servicePoint;
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

    public DeviceKind getKind() {
        return kind;
    }

    public ServicePoint getServicePoint() {
        return servicePoint;
    }

    public String getLabel() {
        return label;
    }

    public long getVersion() {
        return version;
    }
}
