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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A customer who chose to be identified. Only what the desk needs is kept: a name, the identity code when
 * given, the language to serve in and consent notes. Every read of the identity goes to the audit log.
 *
 * <p>When the retention period has passed, the customer is <em>anonymised</em>: name, identity code and consent notes
 * are erased and only the row's id remains, so that the visits that pointed here still count as one returning
 * customer in the statistics (independence over time) without anyone being identifiable.
 */
@Entity
@NamedOrAnonymised
@Table(name = "customer")
@NamedQuery(name = "Customer.byIdentityCode", query = "SELECT c FROM Customer c WHERE c.personalIdentityCode = :code")
@NamedQuery(
        name = "Customer.byName",
        query = "SELECT c FROM Customer c WHERE LOWER(c.fullName) LIKE :name ORDER BY c.fullName")
@NamedQuery(name = "Customer.byIds", query = "SELECT c FROM Customer c WHERE c.id IN :ids ORDER BY c.fullName")
public class Customer implements Serializable {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    /** The longest name kept. */
    public static final int NAME_MAX = 200;
    /** The fewest letters a name search needs (after wildcards and other non-letters are removed). */
    public static final int SEARCH_MIN_LETTERS = 3;

    /** Null only once the customer is anonymised. */
    @Size(max = NAME_MAX)
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

    @Column(name = "anonymised_at")
    private LocalDateTime anonymisedAt;

    @Version
    private long version;

    protected Customer() {}

    public Customer(String fullName, String personalIdentityCode, String preferredLanguage, LocalDateTime createdAt) {
        this.fullName = fullName;
        this.personalIdentityCode = PersonalIdentityCode.parse(personalIdentityCode)
                .map(PersonalIdentityCode::value)
                .orElse(personalIdentityCode);
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public void noteConsent(String notes) {
        this.consentNotes = notes;
    }

    /** Erases the identity for good (retention): name, identity code and consent notes; the row stays as a pseudonym. */
    public void anonymise(LocalDateTime at) {
        this.fullName = null;
        this.personalIdentityCode = null;
        this.consentNotes = null;
        this.anonymisedAt = at;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** A name or an anonymised customer, never a blank name (checked by {@link NamedOrAnonymised}). */
    boolean isNamedOrAnonymised() {
        return anonymisedAt != null || fullName != null && !fullName.isBlank();
    }

    /**
     * The LIKE pattern of a name search: letters only (LIKE's wildcards {@code %} and {@code _}, backslashes and
     * asterisks are removed, spaces between name parts kept), at least {@value #SEARCH_MIN_LETTERS} letters after
     * that, in lower case; otherwise the search is refused. Digits are for identity codes, so a query with digits or
     * any other character (a quote, an equals sign, a JPQL fragment) is no name search.
     */
    public static String nameSearchPattern(String query) {
        String q = java.text.Normalizer.normalize(query == null ? "" : query.strip(), java.text.Normalizer.Form.NFC)
                .replaceAll("[%_\\\\*]", "")
                .replaceAll("\\s+", " ")
                .strip();
        long letters = q.codePoints().filter(Character::isLetter).count();
        boolean onlyNameCharacters = q.codePoints()
                .allMatch(cp ->
                        Character.isLetter(cp) || cp == ' ' || cp == '-' || cp == '\'' || cp == '\u2019' || cp == '.');
        if (letters < SEARCH_MIN_LETTERS || !onlyNameCharacters) {
            throw new fi.asiointipiste.platform.i18n.RefusedAction("frontDesk.customer.searchInvalid");
        }
        return "%" + q.toLowerCase(java.util.Locale.ROOT) + "%";
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

    public LocalDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    /** The code is a temporary one (individual number 900–999): pages flag it. */
    public boolean isTemporaryIdentityCode() {
        return identityCode().map(PersonalIdentityCode::isTemporary).orElse(false);
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
