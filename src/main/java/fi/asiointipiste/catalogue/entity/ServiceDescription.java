package fi.asiointipiste.catalogue.entity;

import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The workshop's four-part service description of one task at one support level: the outcome (where the
 * service ends), the tools needed, the people taking part, and the support and notes to keep in mind.
 */
@Entity
@Table(name = "service_description")
public class ServiceDescription implements Serializable {

    @Id
    @SequenceGenerator(name = "service_description_seq", sequenceName = "service_description_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_description_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "service_task_id")
    private ServiceTask task;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "support_level")
    private SupportLevel supportLevel;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "outcome_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "outcome_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "outcome_en"))
    private LocalizedText outcome;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "tools_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "tools_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "tools_en"))
    private LocalizedText tools;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "people_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "people_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "people_en"))
    private LocalizedText people;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "support_notes_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "support_notes_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "support_notes_en"))
    private LocalizedText supportNotes;

    @Version
    private long version;

    protected ServiceDescription() {}

    public ServiceDescription(
            ServiceTask task,
            SupportLevel supportLevel,
            LocalizedText outcome,
            LocalizedText tools,
            LocalizedText people,
            LocalizedText supportNotes) {
        this.task = task;
        this.supportLevel = supportLevel;
        this.outcome = outcome;
        this.tools = tools;
        this.people = people;
        this.supportNotes = supportNotes;
    }

    public void revise(
            LocalizedText newOutcome, LocalizedText newTools, LocalizedText newPeople, LocalizedText newSupportNotes) {
        this.outcome = newOutcome;
        this.tools = newTools;
        this.people = newPeople;
        this.supportNotes = newSupportNotes;
    }

    public Long getId() {
        return id;
    }

    public ServiceTask getTask() {
        return task;
    }

    public SupportLevel getSupportLevel() {
        return supportLevel;
    }

    public LocalizedText getOutcome() {
        return outcome;
    }

    public LocalizedText getTools() {
        return tools;
    }

    public LocalizedText getPeople() {
        return people;
    }

    public LocalizedText getSupportNotes() {
        return supportNotes;
    }

    public long getVersion() {
        return version;
    }
}
