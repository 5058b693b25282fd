package fi.asiointipiste.visits.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.persistence.Column;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * One errand handled during a visit: the level the engine recommended, the level the clerk applied (with a
 * reason when they differ), the agency involved and how it ended.
 *
 * <p>{@link #applyLevel} and {@link #checkClosing} are the desk's rules, refused with a message for the clerk;
 * {@link #apply} and {@link #close} guard only the invariants (an {@link IllegalArgumentException} is a misuse).
 */
@Entity
@Table(name = "visit_task")
@NamedQuery(
        name = "VisitTask.decidedBetween",
        query = "SELECT NEW fi.asiointipiste.routing.entity.PastDecision(t.decisionFacts, t.recommendedLevel)"
                + " FROM VisitTask t WHERE t.visit.arrivedAt >= :from AND t.visit.arrivedAt < :until"
                + " AND t.decisionFacts IS NOT NULL AND t.recommendedLevel IS NOT NULL")
@NamedQuery(
        name = "VisitTask.overrideCounts",
        query = "SELECT NEW fi.asiointipiste.visits.entity.OverrideCount(t.ruleSetId, t.ruleId, p.code,"
                + " t.recommendedLevel, t.appliedLevel, t.overrideReason, COUNT(t))"
                + " FROM VisitTask t JOIN t.visit v LEFT JOIN v.profile p"
                + " WHERE v.arrivedAt >= :from AND v.arrivedAt < :until AND v.servicePoint.id IN :points"
                + " AND t.ruleId IS NOT NULL AND t.recommendedLevel IS NOT NULL AND t.appliedLevel IS NOT NULL"
                + " AND (:anySet = TRUE OR t.ruleSetId = :set)"
                + " GROUP BY t.ruleSetId, t.ruleId, p.code, t.recommendedLevel, t.appliedLevel, t.overrideReason")
@NamedQuery(
        name = "VisitTask.ofVisits",
        query = "SELECT t FROM VisitTask t WHERE t.visit.id IN :visits ORDER BY t.visit.id, t.seqNo")
@NamedQuery(
        name = "VisitTask.latestDecisionsOfSet",
        query = "SELECT NEW fi.asiointipiste.visits.entity.StoredDecision(t.decisionFacts, t.recommendedLevel, a.code,"
                + " t.mode, v.arrivedAt) FROM VisitTask t JOIN t.visit v LEFT JOIN t.involvedAgency a"
                + " WHERE t.ruleSetId = :ruleSetId AND t.decisionFacts IS NOT NULL AND t.recommendedLevel IS NOT NULL"
                + " ORDER BY v.arrivedAt DESC, t.id DESC")
@NamedQuery(
        name = "VisitTask.frequentCodesAtPoint",
        query = "SELECT t.task.code FROM VisitTask t WHERE t.visit.servicePoint = :point"
                + " AND t.visit.arrivedAt >= :since GROUP BY t.task.code ORDER BY COUNT(t) DESC")
public class VisitTask implements Serializable {

    @Id
    @SequenceGenerator(name = "visit_task_seq", sequenceName = "visit_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_task_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_task_id")
    private ServiceTask task;

    @Column(name = "seq_no")
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_level")
    private SupportLevel recommendedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "applied_level")
    private SupportLevel appliedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_reason")
    private OverrideReason overrideReason;

    /** The longest override note. */
    public static final int NOTE_MAX = 1000;

    @Size(max = NOTE_MAX)
    @Column(name = "override_note")
    private String overrideNote;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "involved_agency_id")
    private Agency involvedAgency;

    @Enumerated(EnumType.STRING)
    private TaskOutcome outcome;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "customer_did_it_themselves")
    private Boolean customerDidItThemselves;

    /** The rule set that decided (kept by the rules feature; routing explains the decision again with it). */
    @Column(name = "rule_set_id")
    private Long ruleSetId;

    @Size(max = 100)
    @Column(name = "rule_id")
    private String ruleId;

    @Size(max = 30)
    @Column(name = "assistance_mode")
    private String mode;

    @Size(max = 100)
    private String flow;

    @Size(max = 2000)
    @Column(name = "decision_facts")
    private String decisionFacts;

    @Size(max = 200)
    private String checklist;

    @Version
    private long version;

    protected VisitTask() {}

    VisitTask(Visit visit, ServiceTask task, int seqNo) {
        this.visit = visit;
        this.task = task;
        this.seqNo = seqNo;
    }

    public void recommend(SupportLevel level, Agency agency) {
        this.recommendedLevel = level;
        this.appliedLevel = level;
        this.involvedAgency = agency;
        this.overrideReason = null;
        this.overrideNote = null;
    }

    /**
     * Records the engine's recommendation with everything needed to explain and reproduce it later: the rule
     * set and rule that decided, and the facts it decided on. The applied level starts as the recommended one.
     */
    public void recommend(
            SupportLevel level,
            Agency agency,
            String assistanceMode,
            String flowId,
            Long decidedBy,
            String decidingRule,
            String facts) {
        recommend(level, agency);
        this.mode = assistanceMode;
        this.flow = flowId;
        this.ruleSetId = decidedBy;
        this.ruleId = decidingRule;
        this.decisionFacts = facts;
    }

    /**
     * The clerk applies a level: one is required; one other than recommended needs a reason, the reason OTHER a
     * note; a note has at most {@link #NOTE_MAX} characters. A blank note is no note.
     */
    public void applyLevel(SupportLevel level, OverrideReason reason, String note) {
        if (level == null) {
            throw new RefusedAction("frontDesk.apply.levelRequired");
        }
        boolean override = level != recommendedLevel;
        boolean noNote = note == null || note.isBlank();
        if (override && reason == null) {
            throw new RefusedAction("frontDesk.apply.reasonRequired");
        }
        if (override && reason == OverrideReason.OTHER && noNote) {
            throw new RefusedAction("frontDesk.apply.noteRequired");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new RefusedAction("frontDesk.apply.noteTooLong");
        }
        apply(level, reason, noNote ? null : note.strip());
    }

    /** Applies another level than recommended; a reason is required whenever the two differ. */
    public void apply(SupportLevel level, OverrideReason reason, String note) {
        if (level != recommendedLevel && reason == null) {
            throw new IllegalArgumentException("an override of the recommended level needs a reason");
        }
        this.appliedLevel = level;
        this.overrideReason = level == recommendedLevel ? null : reason;
        this.overrideNote = level == recommendedLevel ? null : note;
    }

    /**
     * Refuses the clerk's closing of this task when the outcome is missing, or when the task continues without a
     * follow-up date after today.
     */
    public void checkClosing(TaskClosing closing, LocalDate today) {
        if (closing == null || closing.getOutcome() == null) {
            throw new RefusedAction("frontDesk.close.outcomeRequired");
        }
        if (closing.getOutcome() == TaskOutcome.CONTINUES
                && (closing.getFollowUpOn() == null || !closing.getFollowUpOn().isAfter(today))) {
            throw new RefusedAction("frontDesk.close.followUpRequired");
        }
    }

    public void close(TaskOutcome how, LocalDate followUp, Boolean didItThemselves) {
        if (how == TaskOutcome.CONTINUES && followUp == null) {
            throw new IllegalArgumentException("a task that continues needs a follow-up date");
        }
        this.outcome = how;
        this.followUpOn = how == TaskOutcome.CONTINUES ? followUp : null;
        this.customerDidItThemselves = didItThemselves;
    }

    /** The checklist items (service-description aspects) the clerk has ticked, in the order given. */
    public void tick(Collection<String> items) {
        this.checklist = items == null || items.isEmpty() ? null : String.join(",", items);
    }

    public List<String> getTicked() {
        return checklist == null ? List.of() : List.of(checklist.split(","));
    }

    /** Whether the errand goes on after the visit (it continues, or an agency took it over): a follow-up to show. */
    public boolean isFollowUp() {
        return outcome == TaskOutcome.CONTINUES || outcome == TaskOutcome.REFERRED;
    }

    public boolean isOverridden() {
        return appliedLevel != null && recommendedLevel != null && appliedLevel != recommendedLevel;
    }

    public Long getId() {
        return id;
    }

    public Visit getVisit() {
        return visit;
    }

    public ServiceTask getTask() {
        return task;
    }

    public int getSeqNo() {
        return seqNo;
    }

    public SupportLevel getRecommendedLevel() {
        return recommendedLevel;
    }

    public SupportLevel getAppliedLevel() {
        return appliedLevel;
    }

    public OverrideReason getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideNote() {
        return overrideNote;
    }

    public Agency getInvolvedAgency() {
        return involvedAgency;
    }

    public TaskOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public Boolean getCustomerDidItThemselves() {
        return customerDidItThemselves;
    }

    public Long getRuleSetId() {
        return ruleSetId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getMode() {
        return mode;
    }

    public String getFlow() {
        return flow;
    }

    public String getDecisionFacts() {
        return decisionFacts;
    }

    public long getVersion() {
        return version;
    }
}
