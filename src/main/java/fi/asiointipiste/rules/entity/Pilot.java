package fi.asiointipiste.rules.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.organisation.entity.ServicePoint;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pilot: a coordinator tries a rule set at some service points for a period, keeps other points as they are for
 * comparison, and says beforehand what should change (the success criteria). The workshop's way of working:
 * pilot an idea, measure it, keep the best.
 *
 * <p>Its rules: a name and a hypothesis; at least one pilot point and one comparison point, none of them both; a
 * period of whole days (last day not before the first, at most {@value #MAX_DAYS} days); at least one success
 * measure, each measure once. Once the rule set has been published, the pilot points must lie in its scope and the
 * comparison points outside it (a set published to all points leaves nothing to compare with). A draft set may be
 * named while the pilot is planned.
 */
@Entity
@Table(name = "pilot")
@NamedQuery(name = "Pilot.all", query = "SELECT p FROM Pilot p ORDER BY p.startsOn DESC, p.id DESC")
@NamedQuery(
        name = "Pilot.ofRuleSet",
        query = "SELECT p FROM Pilot p WHERE p.ruleSet.id = :ruleSetId ORDER BY p.startsOn DESC")
public class Pilot implements Serializable {

    public static final int NAME_MAX = 200;
    public static final int HYPOTHESIS_MAX = 2000;
    /** About two years: a pilot and the period before it stay within the statistics' reach. */
    public static final int MAX_DAYS = 731;

    @Id
    @SequenceGenerator(name = "pilot_seq", sequenceName = "pilot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = HYPOTHESIS_MAX)
    private String hypothesis;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "rule_set_id")
    private RuleSet ruleSet;

    /** The customers the rule set's change is about (null: all); the report narrows its figures to them. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "target_profile_id")
    private CustomerProfile targetProfile;

    /** The errands the change is about: one agency's (null: every errand); the report narrows errand figures to them. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "target_agency_id")
    private Agency targetAgency;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "pilot_point",
            joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "service_point_id"))
    private Set<ServicePoint> pilotPoints = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "pilot_comparison_point",
            joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "service_point_id"))
    private Set<ServicePoint> comparisonPoints = new LinkedHashSet<>();

    @NotNull
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_criterion", joinColumns = @JoinColumn(name = "pilot_id"))
    private List<SuccessCriterion> criteria = new ArrayList<>();

    @NotBlank
    @Size(max = 60)
    @Column(name = "created_by")
    private String createdBy;

    @NotNull
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Pilot() {}

    public Pilot(
            String name,
            String hypothesis,
            RuleSet ruleSet,
            Collection<ServicePoint> pilotPoints,
            Collection<ServicePoint> comparisonPoints,
            LocalDate startsOn,
            LocalDate endsOn,
            List<SuccessCriterion> criteria,
            String createdBy,
            LocalDateTime createdAt) {
        this(
                name,
                hypothesis,
                ruleSet,
                null,
                pilotPoints,
                comparisonPoints,
                startsOn,
                endsOn,
                criteria,
                createdBy,
                createdAt);
    }

    public Pilot(
            String name,
            String hypothesis,
            RuleSet ruleSet,
            CustomerProfile targetProfile,
            Collection<ServicePoint> pilotPoints,
            Collection<ServicePoint> comparisonPoints,
            LocalDate startsOn,
            LocalDate endsOn,
            List<SuccessCriterion> criteria,
            String createdBy,
            LocalDateTime createdAt) {
        change(name, hypothesis, ruleSet, pilotPoints, comparisonPoints, startsOn, endsOn, criteria);
        this.targetProfile = targetProfile;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Replaces the whole definition, after checking every rule of a pilot (see the class comment). */
    public void change(
            String newName,
            String newHypothesis,
            RuleSet set,
            Collection<ServicePoint> pilots,
            Collection<ServicePoint> comparisons,
            LocalDate from,
            LocalDate until,
            List<SuccessCriterion> newCriteria) {
        String cleanName = newName == null ? "" : newName.strip();
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
            throw new PilotRejected("pilots.error.name", "a pilot needs a name of at most " + NAME_MAX + " characters");
        }
        String cleanHypothesis = newHypothesis == null ? "" : newHypothesis.strip();
        if (cleanHypothesis.isEmpty() || cleanHypothesis.length() > HYPOTHESIS_MAX) {
            throw new PilotRejected(
                    "pilots.error.hypothesis",
                    "a pilot needs a hypothesis of at most " + HYPOTHESIS_MAX + " characters");
        }
        if (set == null) {
            throw new PilotRejected("pilots.error.ruleSet", "a pilot tries a rule set");
        }
        Set<ServicePoint> pilotSet = pilots == null ? Set.of() : new LinkedHashSet<>(pilots);
        Set<ServicePoint> comparisonSet = comparisons == null ? Set.of() : new LinkedHashSet<>(comparisons);
        if (pilotSet.isEmpty()) {
            throw new PilotRejected("pilots.error.pilotPoints", "a pilot needs at least one pilot point");
        }
        if (comparisonSet.isEmpty()) {
            throw new PilotRejected("pilots.error.comparisonPoints", "a pilot needs at least one comparison point");
        }
        if (pilotSet.stream().anyMatch(comparisonSet::contains)) {
            throw new PilotRejected(
                    "pilots.error.pointInBoth", "a point cannot be both a pilot and a comparison point");
        }
        if (from == null || until == null || until.isBefore(from)) {
            throw new PilotRejected("pilots.error.period", "the pilot's last day is before its first");
        }
        if (ChronoUnit.DAYS.between(from, until) + 1 > MAX_DAYS) {
            throw new PilotRejected("pilots.error.periodTooLong", "a pilot lasts at most " + MAX_DAYS + " days");
        }
        List<SuccessCriterion> cleanCriteria = newCriteria == null ? List.of() : List.copyOf(newCriteria);
        if (cleanCriteria.isEmpty()) {
            throw new PilotRejected("pilots.error.noCriteria", "a pilot needs at least one success measure");
        }
        Set<PilotMeasure> measures = EnumSet.noneOf(PilotMeasure.class);
        for (SuccessCriterion c : cleanCriteria) {
            if (!measures.add(c.getMeasure())) {
                throw new PilotRejected("pilots.error.duplicateMeasure", "measure " + c.getMeasure() + " twice");
            }
        }
        if (set.getStatus() != RuleSetStatus.DRAFT) {
            if (set.isAllPoints()) {
                throw new PilotRejected(
                        "pilots.error.setAtAllPoints",
                        "rule set " + set.getVersionNo() + " applies at all points: nothing is left to compare with");
            }
            if (!set.getPilotPoints().containsAll(pilotSet)) {
                throw new PilotRejected(
                        "pilots.error.pilotPointOutsideScope",
                        "a pilot point is outside the scope of" + " rule set " + set.getVersionNo());
            }
            if (comparisonSet.stream().anyMatch(set.getPilotPoints()::contains)) {
                throw new PilotRejected(
                        "pilots.error.comparisonInScope", "a comparison point uses rule set " + set.getVersionNo());
            }
        }
        this.name = cleanName;
        this.hypothesis = cleanHypothesis;
        this.ruleSet = set;
        this.pilotPoints = pilotSet;
        this.comparisonPoints = comparisonSet;
        this.startsOn = from;
        this.endsOn = until;
        this.criteria = new ArrayList<>(cleanCriteria);
    }

    /** Whom and what the pilot is about: one customer profile and one agency's errands, or null for all. */
    public void target(CustomerProfile profile, Agency agency) {
        this.targetProfile = profile;
        this.targetAgency = agency;
    }

    /** Planned before its first day, running up to and including its last day, finished after it. */
    public PilotStatus statusOn(LocalDate day) {
        return day.isBefore(startsOn)
                ? PilotStatus.PLANNED
                : day.isAfter(endsOn) ? PilotStatus.FINISHED : PilotStatus.RUNNING;
    }

    /** Every point the pilot's figures come from: its pilot points and its comparison points. */
    public Set<ServicePoint> allPoints() {
        Set<ServicePoint> all = new LinkedHashSet<>(pilotPoints);
        all.addAll(comparisonPoints);
        return all;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getHypothesis() {
        return hypothesis;
    }

    public RuleSet getRuleSet() {
        return ruleSet;
    }

    public CustomerProfile getTargetProfile() {
        return targetProfile;
    }

    public Agency getTargetAgency() {
        return targetAgency;
    }

    /** The target profile's id and code, or null: for readers that need no catalogue entity (the report). */
    public Long getTargetProfileId() {
        return targetProfile == null ? null : targetProfile.getId();
    }

    public String getTargetProfileCode() {
        return targetProfile == null ? null : targetProfile.getCode();
    }

    /** The target agency's id and code, or null. */
    public Long getTargetAgencyId() {
        return targetAgency == null ? null : targetAgency.getId();
    }

    public String getTargetAgencyCode() {
        return targetAgency == null ? null : targetAgency.getCode();
    }

    /** By name, as the pages list them. */
    public List<ServicePoint> getPilotPoints() {
        return sorted(pilotPoints);
    }

    public List<ServicePoint> getComparisonPoints() {
        return sorted(comparisonPoints);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** In the order of {@link PilotMeasure} (the database keeps no order). */
    public List<SuccessCriterion> getCriteria() {
        return criteria.stream()
                .sorted(Comparator.comparing(SuccessCriterion::getMeasure))
                .toList();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    private static List<ServicePoint> sorted(Set<ServicePoint> points) {
        return points.stream()
                .sorted(Comparator.comparing(ServicePoint::getName))
                .toList();
    }
}
