package fi.asiointipiste.catalogue.entity;

import fi.asiointipiste.platform.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An authority whose errands the desk handles: Kela, TE-services, the municipality, DVV, Tax, Police. */
@Entity
@Cacheable
@Table(name = "agency")
@NamedQuery(name = "Agency.all", query = "SELECT a FROM Agency a ORDER BY a.id")
@NamedQuery(name = "Agency.byCode", query = "SELECT a FROM Agency a WHERE a.code = :code")
public class Agency implements Serializable {

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Z0-9_]+")
    private String code;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "name_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    @Size(max = 500)
    @Column(name = "online_service_url")
    private String onlineServiceUrl;

    @Version
    private long version;

    protected Agency() {}

    public Agency(String code, LocalizedText name, String onlineServiceUrl) {
        this.code = code;
        this.name = name;
        this.onlineServiceUrl = onlineServiceUrl;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getOnlineServiceUrl() {
        return onlineServiceUrl;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agency other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Agency.class.hashCode();
    }
}
