package fi.asiointipiste.catalogue.entity;

import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An errand in the catalogue (for example applying for a rental apartment or Kela housing allowance),
 * owned by one agency, with a service description for each support level.
 */
@Entity
@Table(name = "service_task")
@NamedQuery(name = "ServiceTask.active", query = "SELECT t FROM ServiceTask t WHERE t.active = TRUE ORDER BY t.id")
@NamedQuery(name = "ServiceTask.byCode", query = "SELECT t FROM ServiceTask t WHERE t.code = :code")
@NamedQuery(name = "ServiceTask.all", query = "SELECT t FROM ServiceTask t ORDER BY t.id")
public class ServiceTask implements Serializable {

    @Id
    @SequenceGenerator(name = "service_task_seq", sequenceName = "service_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_task_seq")
    private Long id;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[A-Z0-9_]+")
    private String code;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

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

    @OneToMany(mappedBy = "task", fetch = FetchType.EAGER)
    @MapKey(name = "supportLevel")
    private Map<SupportLevel, ServiceDescription> descriptions = new EnumMap<>(SupportLevel.class);

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ServiceTask() {}

    public ServiceTask(String code, Agency agency, LocalizedText name, String onlineServiceUrl) {
        this.code = code;
        this.agency = agency;
        this.name = name;
        this.onlineServiceUrl = onlineServiceUrl;
    }

    /** A coordinator's revision: agency, name, online service and whether the front desk offers the errand. */
    public void revise(Agency newAgency, LocalizedText newName, String newOnlineServiceUrl, boolean inUse) {
        this.agency = newAgency;
        this.name = newName;
        this.onlineServiceUrl = newOnlineServiceUrl;
        this.active = inUse;
    }

    /**
     * Sets the service description of one level; answers the new description when the level had none (the
     * caller persists it), else null after revising the existing one.
     */
    public ServiceDescription describe(
            SupportLevel level,
            LocalizedText outcome,
            LocalizedText tools,
            LocalizedText people,
            LocalizedText supportNotes) {
        ServiceDescription existing = descriptions.get(level);
        if (existing != null) {
            existing.revise(outcome, tools, people, supportNotes);
            return null;
        }
        ServiceDescription created = new ServiceDescription(this, level, outcome, tools, people, supportNotes);
        descriptions.put(level, created);
        return created;
    }

    public ServiceDescription descriptionFor(SupportLevel level) {
        return descriptions.get(level);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Agency getAgency() {
        return agency;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getOnlineServiceUrl() {
        return onlineServiceUrl;
    }

    public Map<SupportLevel, ServiceDescription> getDescriptions() {
        return Collections.unmodifiableMap(descriptions);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceTask other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return ServiceTask.class.hashCode();
    }
}
