package fi.asiointipiste.rules.entity;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.entity.RuleTable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One version of the routing rules: a DMN decision table with author, change note, status, effective time
 * and scope (all service points, or named pilot points).
 *
 * <p>Which set applies to a point at a moment: among the published and retired sets whose scope includes
 * the point, that were effective at the moment and not yet retired then, the one with the latest effective
 * time. Publishing refuses a second set with the same effective time and an overlapping scope, so exactly
 * one set applies. A published set's table never changes (checked again before every update).
 */
@Entity
@Table(name = "rule_set")
@NamedQuery(name = "RuleSet.all", query = "SELECT r FROM RuleSet r ORDER BY r.versionNo DESC")
@NamedQuery(name = "RuleSet.maxVersion", query = "SELECT MAX(r.versionNo) FROM RuleSet r")
@NamedQuery(
        name = "RuleSet.applicable",
        query = "SELECT DISTINCT r FROM RuleSet r LEFT JOIN r.pilotPoints p"
                + " WHERE r.status <> fi.asiointipiste.rules.entity.RuleSetStatus.DRAFT"
                + " AND r.effectiveFrom <= :moment AND (r.retiredAt IS NULL OR r.retiredAt > :moment)"
                + " AND (r.allPoints = TRUE OR p = :point)"
                + " ORDER BY r.effectiveFrom DESC, r.versionNo DESC")
@NamedQuery(
        name = "RuleSet.applicableToPoint",
        query = "SELECT DISTINCT r FROM RuleSet r LEFT JOIN r.pilotPoints p"
                + " WHERE r.status <> fi.asiointipiste.rules.entity.RuleSetStatus.DRAFT"
                + " AND r.effectiveFrom <= :moment AND (r.retiredAt IS NULL OR r.retiredAt > :moment)"
                + " AND (r.allPoints = TRUE OR p.id = :pointId)"
                + " ORDER BY r.effectiveFrom DESC, r.versionNo DESC")
@NamedQuery(
        name = "RuleSet.publishedAt",
        query = "SELECT r FROM RuleSet r WHERE r.status = fi.asiointipiste.rules.entity.RuleSetStatus.PUBLISHED"
                + " AND r.effectiveFrom = :effectiveFrom")
public class RuleSet implements Serializable {

    @Id
    @SequenceGenerator(name = "rule_set_seq", sequenceName = "rule_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_set_seq")
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Column(name = "version_no")
    private int versionNo;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RuleSetStatus status = RuleSetStatus.DRAFT;

    @NotBlank
    @Column(name = "dmn_xml")
    private String dmnXml;

    @NotBlank
    @Size(max = 60)
    private String author;

    @NotBlank
    @Size(max = 2000)
    @Column(name = "change_note")
    private String changeNote;

    @NotNull
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Size(max = 60)
    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "effective_from")
    private LocalDateTime effectiveFrom;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    @Column(name = "all_points")
    private boolean allPoints = true;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "rule_set_service_point",
            joinColumns = @JoinColumn(name = "rule_set_id"),
            inverseJoinColumns = @JoinColumn(name = "service_point_id"))
    private Set<ServicePoint> pilotPoints = new LinkedHashSet<>();

    @Column(name = "previous_dmn_xml")
    private String previousDmnXml;

    @Size(max = 300)
    @Column(name = "last_edit")
    private String lastEdit;

    @Size(max = 2000)
    @Column(name = "publish_note")
    private String publishNote;

    @Column(name = "based_on")
    private Integer basedOn;

    @Version
    private long version;

    @Transient
    private transient String dmnAsLoaded;

    protected RuleSet() {}

    public RuleSet(
            String name, int versionNo, String dmnXml, String author, String changeNote, LocalDateTime createdAt) {
        this.name = name;
        this.versionNo = versionNo;
        this.dmnXml = dmnXml;
        this.author = author;
        this.changeNote = changeNote;
        this.createdAt = createdAt;
    }

    /** A new draft with another set's table, remembering which version it was made from. */
    public static RuleSet draftOf(
            RuleSet source, String name, int versionNo, String author, String changeNote, LocalDateTime createdAt) {
        RuleSet draft = new RuleSet(name, versionNo, source.dmnXml, author, changeNote, createdAt);
        draft.basedOn = source.versionNo;
        return draft;
    }

    /** Replaces the table of a draft (the table before can be brought back once with {@link #undo()}). */
    public void revise(String newDmnXml, String note) {
        requireDraft();
        remember("replaced the table: " + note);
        this.dmnXml = newDmnXml;
        this.changeNote = note;
    }

    /**
     * One edit of a draft's table (the change note, which describes the version, stays); the table before can be
     * brought back once with {@link #undo()}.
     */
    public void edit(String newDmnXml, String description) {
        requireDraft();
        remember(description);
        this.dmnXml = newDmnXml;
    }

    /** Brings back the table as it was before the last edit; there is one step of undo. */
    public void undo() {
        requireDraft();
        if (previousDmnXml == null) {
            throw new RuleSetNotEditable("rules.undo.nothing", "rule set " + versionNo + " has no edit to undo");
        }
        this.dmnXml = previousDmnXml;
        this.previousDmnXml = null;
        this.lastEdit = null;
    }

    private void remember(String description) {
        this.previousDmnXml = dmnXml;
        String d = description == null ? "" : description;
        this.lastEdit = d.length() > 300 ? d.substring(0, 299) + "…" : d;
    }

    /** Publishes with the publisher's note: why, and for whom (see {@link #publish(String, LocalDateTime, LocalDateTime, boolean, Collection)}). */
    public void publish(
            String by,
            LocalDateTime at,
            LocalDateTime from,
            boolean toAllPoints,
            Collection<ServicePoint> pilots,
            String note) {
        publish(by, at, from, toAllPoints, pilots);
        this.publishNote = note == null || note.isBlank() ? null : note.strip();
        this.previousDmnXml = null;
        this.lastEdit = null;
    }

    public void publish(
            String by, LocalDateTime at, LocalDateTime from, boolean toAllPoints, Collection<ServicePoint> pilots) {
        requireDraft();
        if (!toAllPoints && (pilots == null || pilots.isEmpty())) {
            throw new RuleSetNotEditable("rules.publish.noPoints", "a pilot rule set needs at least one service point");
        }
        this.status = RuleSetStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        this.effectiveFrom = from;
        this.allPoints = toAllPoints;
        this.pilotPoints = toAllPoints ? new LinkedHashSet<>() : new LinkedHashSet<>(pilots);
    }

    public void retire(LocalDateTime at) {
        if (status != RuleSetStatus.PUBLISHED) {
            throw new RuleSetNotEditable("rules.retire.notPublished", "only a published rule set can be retired");
        }
        this.status = RuleSetStatus.RETIRED;
        this.retiredAt = at;
    }

    /** Whether this set's scope includes any of the other's points (both published). */
    public boolean overlapsScopeOf(RuleSet other) {
        if (allPoints || other.allPoints) {
            return true;
        }
        return other.pilotPoints.stream().anyMatch(pilotPoints::contains);
    }

    private void requireDraft() {
        if (status != RuleSetStatus.DRAFT) {
            throw new RuleSetNotEditable(
                    "rules.notDraft", "rule set " + versionNo + " is " + status + " and cannot change");
        }
    }

    @PostLoad
    void rememberTable() {
        dmnAsLoaded = dmnXml;
    }

    /** Last line of defence: whatever path changed a published table, the update is refused. */
    @PreUpdate
    void refuseChangesToPublishedTables() {
        if (status != RuleSetStatus.DRAFT && dmnAsLoaded != null && !dmnAsLoaded.equals(dmnXml)) {
            throw new RuleSetNotEditable(
                    "rules.notDraft", "the table of published rule set " + versionNo + " cannot change");
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public RuleSetStatus getStatus() {
        return status;
    }

    public String getDmnXml() {
        return dmnXml;
    }

    public String getAuthor() {
        return author;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public LocalDateTime getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDateTime getRetiredAt() {
        return retiredAt;
    }

    public boolean isAllPoints() {
        return allPoints;
    }

    public Set<ServicePoint> getPilotPoints() {
        return Collections.unmodifiableSet(pilotPoints);
    }

    public long getVersion() {
        return version;
    }

    /** Whether the draft's last edit can be undone. */
    public boolean isUndoable() {
        return status == RuleSetStatus.DRAFT && previousDmnXml != null;
    }

    /** What the draft's last edit was (English, as audited), or null. */
    public String getLastEdit() {
        return lastEdit;
    }

    public String getPublishNote() {
        return publishNote;
    }

    /** The version number this set was copied from, or null for an imported or seed set. */
    public Integer getBasedOn() {
        return basedOn;
    }

    /** The table as routing uses it; a set that is no longer a draft never changes, so routing may keep it compiled. */
    public RuleTable table() {
        return new RuleTable(id == null ? 0 : id, versionNo, dmnXml, id != null && status != RuleSetStatus.DRAFT);
    }
}
