package fi.asiointipiste.arrival.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One errand a customer chose at the terminal, with the engine's decision at the door: the predicted support level,
 * the agency whose staff take part and how, the rule set, rule and facts (so the decision can be explained and
 * reproduced like a visit task's), and the door profile the facts assumed (see {@code DoorFacts}).
 */
@Entity
@Table(name = "ticket_errand")
public class TicketErrand implements Serializable {

    /** The mode of an errand the front-desk clerk handles without an agency's specialist. */
    public static final String AT_DESK = "AT_DESK";

    @Id
    @SequenceGenerator(name = "ticket_errand_seq", sequenceName = "ticket_errand_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_errand_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_task_id")
    private ServiceTask task;

    @Column(name = "seq_no")
    private int seqNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "predicted_level")
    private SupportLevel predictedLevel;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Size(max = 30)
    @Column(name = "assistance_mode")
    private String mode;

    @Column(name = "rule_set_id")
    private Long ruleSetId;

    @Size(max = 100)
    @Column(name = "rule_id")
    private String ruleId;

    @Size(max = 2000)
    @Column(name = "decision_facts")
    private String decisionFacts;

    @Size(max = 40)
    @Column(name = "door_profile")
    private String doorProfile;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ErrandState state = ErrandState.OPEN;

    @Version
    private long version;

    protected TicketErrand() {}

    TicketErrand(Ticket ticket, ServiceTask task, int seqNo) {
        this.ticket = ticket;
        this.task = task;
        this.seqNo = seqNo;
    }

    /**
     * The decision at the door. A self-service errand is offered to the customer first (guidance and the customer
     * terminal); any other joins the queue. Without a decision (the engine could not route it) the errand queues
     * with its level unknown.
     */
    void decide(
            SupportLevel level,
            Agency involved,
            String assistanceMode,
            Long decidedBy,
            String decidingRule,
            String facts,
            String assumedProfile) {
        this.predictedLevel = level;
        this.agency = involved;
        this.mode = assistanceMode;
        this.ruleSetId = decidedBy;
        this.ruleId = decidingRule;
        this.decisionFacts = facts;
        this.doorProfile = assumedProfile;
        this.state = level == SupportLevel.SELF_SERVICE ? ErrandState.OFFERED : ErrandState.OPEN;
    }

    void moveTo(ErrandState next) {
        this.state = next;
    }

    /** Whether the engine sent this errand to an agency's specialist (on site or by remote video). */
    public boolean isForSpecialist() {
        return agency != null && mode != null && !AT_DESK.equals(mode);
    }

    /** The specialist's agency code, or null for an errand the front-desk clerk handles. */
    public String getSpecialistAgency() {
        return isForSpecialist() ? agency.getCode() : null;
    }

    public boolean isOpen() {
        return state == ErrandState.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public ServiceTask getTask() {
        return task;
    }

    public int getSeqNo() {
        return seqNo;
    }

    public SupportLevel getPredictedLevel() {
        return predictedLevel;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getMode() {
        return mode;
    }

    public Long getRuleSetId() {
        return ruleSetId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getDecisionFacts() {
        return decisionFacts;
    }

    public String getDoorProfile() {
        return doorProfile;
    }

    public ErrandState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }
}
