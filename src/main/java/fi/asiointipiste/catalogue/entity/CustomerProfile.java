package fi.asiointipiste.catalogue.entity;

import fi.asiointipiste.platform.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
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
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A customer profile from the service-design workshop, such as Outi Omatoiminen (self-directed),
 * Pera Monitaidoton (multi-unskilled) or Hilma Kontaktinhakija (contact-seeking), with its empathy map.
 * The profile is a routing fact: it says how a customer tends to need support, not who they are.
 */
@Entity
@Table(name = "customer_profile")
@NamedQuery(
        name = "CustomerProfile.active",
        query = "SELECT p FROM CustomerProfile p WHERE p.active = TRUE ORDER BY p.id")
@NamedQuery(name = "CustomerProfile.byCode", query = "SELECT p FROM CustomerProfile p WHERE p.code = :code")
@NamedQuery(name = "CustomerProfile.all", query = "SELECT p FROM CustomerProfile p ORDER BY p.id")
public class CustomerProfile implements Serializable {

    @Id
    @SequenceGenerator(name = "customer_profile_seq", sequenceName = "customer_profile_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_profile_seq")
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Z0-9_]+")
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(name = "persona_name")
    private String personaName;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "name_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "summary_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "summary_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    private LocalizedText summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_profile_empathy", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "aspect")
    @MapKeyEnumerated(EnumType.STRING)
    @AttributeOverride(name = "fi", column = @Column(name = "text_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "text_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    private Map<EmpathyAspect, LocalizedText> empathyMap = new EnumMap<>(EmpathyAspect.class);

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CustomerProfile() {}

    public CustomerProfile(String code, String personaName, LocalizedText name, LocalizedText summary) {
        this.code = code;
        this.personaName = personaName;
        this.name = name;
        this.summary = summary;
    }

    public void describe(EmpathyAspect aspect, LocalizedText text) {
        empathyMap.put(aspect, text);
    }

    /** A coordinator's revision of the texts; the code stays, because published rule sets refer to it. */
    public void revise(String newPersonaName, LocalizedText newName, LocalizedText newSummary, boolean isActive) {
        this.personaName = newPersonaName;
        this.name = newName;
        this.summary = newSummary;
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getPersonaName() {
        return personaName;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public Map<EmpathyAspect, LocalizedText> getEmpathyMap() {
        return Collections.unmodifiableMap(empathyMap);
    }

    public LocalizedText empathy(EmpathyAspect aspect) {
        return empathyMap.get(aspect);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerProfile other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return CustomerProfile.class.hashCode();
    }
}
