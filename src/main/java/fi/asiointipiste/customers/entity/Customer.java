package fi.asiointipiste.customers.entity;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A customer who chose to be identified. Only what the desk needs is kept: a name, the identity code when
 * given, the language to serve in and consent notes. Every read of the identity goes to the audit log.
 */
@Entity
@Table(name = "customer")
@NamedQuery(name = "Customer.byIdentityCode",
        query = "SELECT c FROM Customer c WHERE c.personalIdentityCode = :code")
@NamedQuery(name = "Customer.byName",
        query = "SELECT c FROM Customer c WHERE LOWER(c.fullName) LIKE :name ORDER BY c.fullName")
public class Customer implements Serializable {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name")
    private String fullName;

    @ValidPersonalIdentityCode
    @Column(name = "personal_identity_code")
    private String personalIdentityCode;

    @NotNull
    @Pattern(regexp = "fi|sv|en|other")
    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Size(max = 2000)
    @Column(name = "consent_notes")
    private String consentNotes;

    @NotNull
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String fullName, String personalIdentityCode, String preferredLanguage,
                    LocalDateTime createdAt) {
        this.fullName = fullName;
        this.personalIdentityCode = PersonalIdentityCode.parse(personalIdentityCode)
                .map(PersonalIdentityCode::value).orElse(personalIdentityCode);
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public void noteConsent(String notes) {
        this.consentNotes = notes;
    }

    public Optional<PersonalIdentityCode> identityCode() {
        return PersonalIdentityCode.parse(personalIdentityCode);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getConsentNotes() {
        return consentNotes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** Masked for lists; the full code is read only through the audited customer facade. */
    public String getMaskedIdentityCode() {
        return identityCode().map(PersonalIdentityCode::masked).orElse("");
    }

}
