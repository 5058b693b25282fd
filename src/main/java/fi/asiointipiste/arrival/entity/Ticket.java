package fi.asiointipiste.arrival.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The number a customer takes at the check-in terminal (or a clerk gives a walk-in), and its way through the queue:
 * WAITING → CALLED to a desk (called again, or a no-show after enough calls) → SERVING → DONE when the visit is
 * closed. A transfer sends a ticket at a desk back to WAITING for another desk, a clerk or an agency's specialist —
 * or for any desk — with its place in the queue ({@link #getQueuedAt()}) kept.
 *
 * <p>Each rule is refused here with a message for the clerk (a ticket not at your desk, a no-show before enough
 * calls, an errand that is not open). No personal data: language, interpreter need and the e-identification answer
 * are routing facts, and the visit the ticket leads to keeps any identity behind its own access rules.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(
        name = "Ticket.ofPointOn",
        query = "SELECT t FROM Ticket t WHERE t.servicePoint.id = :point AND t.day = :day ORDER BY t.number")
@NamedQuery(
        name = "Ticket.lastNumber",
        query = "SELECT MAX(t.number) FROM Ticket t WHERE t.servicePoint.id = :point AND t.day = :day")
@NamedQuery(
        name = "Ticket.byNumberAtPointsOn",
        query = "SELECT t FROM Ticket t WHERE t.servicePoint.id IN :points AND t.day = :day AND t.number = :number")
@NamedQuery(name = "Ticket.ofVisit", query = "SELECT t FROM Ticket t WHERE t.visit.id = :visit")
@NamedQuery(name = "Ticket.ofVisits", query = "SELECT t FROM Ticket t WHERE t.visit.id IN :visits")
public class Ticket implements Serializable {

    /** The numbers run from 1 to this each day at each point (then start again from 1 the next day). */
    public static final int NUMBER_MAX = 999;

    /** The languages the terminal offers. */
    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_point_id")
    private ServicePoint servicePoint;

    @NotNull
    @Column(name = "issued_on")
    private LocalDate day;

    @Column(name = "ticket_no")
    private int number;

    @NotNull
    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @NotNull
    @Column(name = "queued_at")
    private LocalDateTime queuedAt;

    @NotNull
    @Pattern(regexp = "fi|sv|en")
    private String language;

    @Column(name = "needs_interpreter")
    private boolean needsInterpreter;

    @Column(name = "strong_eid")
    private Boolean strongEid;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @NotNull
    @Enumerated(EnumType.STRING)
    private TicketStatus status = TicketStatus.WAITING;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "desk_id")
    private Desk desk;

    private int calls;

    @Column(name = "called_at")
    private LocalDateTime calledAt;

    @Column(name = "served_at")
    private LocalDateTime servedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    private int transfers;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private TargetKind targetKind = TargetKind.ANY;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "target_desk_id")
    private Desk targetDesk;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "target_clerk_id")
    private StaffUser targetClerk;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "target_agency_id")
    private Agency targetAgency;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("seqNo")
    private List<TicketErrand> errands = new ArrayList<>();

    @Version
    private long version;

    protected Ticket() {}

    /**
     * A new ticket: its day's number at the point, the moment it was taken (also its place in the queue) and the
     * facts the customer gave at the terminal. The language is one the terminal offers.
     */
    public Ticket(
            ServicePoint servicePoint,
            LocalDate day,
            int number,
            LocalDateTime at,
            String language,
            boolean needsInterpreter,
            Boolean strongEid) {
        if (number < 1 || number > NUMBER_MAX) {
            throw new RefusedAction("arrival.ticket.numbersUsedUp");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw new RefusedAction("arrival.terminal.languageInvalid");
        }
        this.servicePoint = servicePoint;
        this.day = day;
        this.number = number;
        this.issuedAt = at;
        this.queuedAt = at;
        this.language = language;
        this.needsInterpreter = needsInterpreter;
        this.strongEid = strongEid;
    }

    /** An errand routed at the door (see {@link TicketErrand#decide}). */
    public TicketErrand addDecided(
            ServiceTask task,
            SupportLevel level,
            Agency involved,
            String mode,
            Long ruleSetId,
            String ruleId,
            String facts,
            String doorProfile) {
        TicketErrand errand = add(task);
        errand.decide(level, involved, mode, ruleSetId, ruleId, facts, doorProfile);
        return errand;
    }

    /** An errand the engine could not route: it waits for a desk with its level unknown. */
    public TicketErrand addUndecided(ServiceTask task) {
        return add(task);
    }

    private TicketErrand add(ServiceTask task) {
        if (errands.stream().anyMatch(e -> e.getTask().equals(task) || e.getTask() == task)) {
            throw new RefusedAction("arrival.terminal.errandTwice");
        }
        TicketErrand errand = new TicketErrand(this, task, errands.size() + 1);
        errands.add(errand);
        return errand;
    }

    /** The customer checked in for a booked appointment: it is due at the booked time (see the calling policy). */
    public void forAppointment(long appointment, LocalDateTime startsAt) {
        this.appointmentId = appointment;
        this.dueAt = startsAt;
    }

    /**
     * Settles where a newly issued ticket goes: to the queue when an errand is open or none was chosen ("I don't
     * know — help me"), otherwise it stays with the customer at the customer terminal (SELF_SERVICE).
     */
    public void settle() {
        if (status == TicketStatus.WAITING || status == TicketStatus.SELF_SERVICE) {
            status = needsDesk() ? TicketStatus.WAITING : TicketStatus.SELF_SERVICE;
        }
    }

    /** Whether a desk is needed: an errand is open, or the customer chose none and asked for help. */
    public boolean needsDesk() {
        return errands.isEmpty() || errands.stream().anyMatch(TicketErrand::isOpen);
    }

    /** "I want help anyway": a self-service errand joins the queue; the ticket keeps the place it was issued with. */
    public void helpAnyway(TicketErrand errand) {
        requireOwn(errand);
        if (errand.getState() != ErrandState.OFFERED && errand.getState() != ErrandState.SELF_SERVICE) {
            throw new RefusedAction("arrival.ticket.errandNotOffered");
        }
        if (!status.isOpen() && status != TicketStatus.SELF_SERVICE) {
            throw new RefusedAction("arrival.ticket.closed");
        }
        errand.moveTo(ErrandState.OPEN);
        settle();
    }

    /** The customer does the self-service errand at the customer terminal. */
    public void doItMyself(TicketErrand errand) {
        requireOwn(errand);
        if (errand.getState() != ErrandState.OFFERED) {
            throw new RefusedAction("arrival.ticket.errandNotOffered");
        }
        errand.moveTo(ErrandState.SELF_SERVICE);
        settle();
    }

    /** A desk calls the waiting ticket (which ticket is the calling policy's choice). */
    public void call(Desk by, LocalDateTime at) {
        if (status != TicketStatus.WAITING) {
            throw new RefusedAction("arrival.ticket.notWaiting");
        }
        this.status = TicketStatus.CALLED;
        this.desk = by;
        this.calls = 1;
        this.calledAt = at;
    }

    /** The desk calls the same ticket again (the display announces it again). */
    public void callAgain(Desk by, LocalDateTime at) {
        requireAt(by);
        if (status != TicketStatus.CALLED) {
            throw new RefusedAction("arrival.ticket.notCalled");
        }
        this.calls++;
        this.calledAt = at;
    }

    /** Nobody came: allowed once the ticket has been called {@code afterCalls} times. */
    public void noShow(Desk by, int afterCalls, LocalDateTime at) {
        requireAt(by);
        if (status != TicketStatus.CALLED) {
            throw new RefusedAction("arrival.ticket.notCalled");
        }
        if (calls < afterCalls) {
            throw new RefusedAction("arrival.ticket.callAgainFirst");
        }
        this.status = TicketStatus.NO_SHOW;
        this.endedAt = at;
    }

    /** The customer came to the desk. */
    public void serve(Desk by, LocalDateTime at) {
        requireAt(by);
        if (status != TicketStatus.CALLED) {
            throw new RefusedAction("arrival.ticket.notCalled");
        }
        this.status = TicketStatus.SERVING;
        if (servedAt == null) {
            this.servedAt = at;
        }
    }

    /**
     * Sends the ticket from this desk to the target with the chosen open errands (none chosen: all of them); the
     * errands not chosen were handled here. The ticket waits again in its old place: {@link #getQueuedAt()} does
     * not change, so "back to the queue" keeps the customer's place.
     */
    public void transfer(Desk from, Collection<TicketErrand> chosen, Target target, LocalDateTime at) {
        requireAt(from);
        for (TicketErrand errand : chosen) {
            requireOwn(errand);
            if (!errand.isOpen()) {
                throw new RefusedAction("arrival.transfer.errandNotOpen");
            }
        }
        if (!errands.isEmpty() && errands.stream().noneMatch(TicketErrand::isOpen)) {
            throw new RefusedAction("arrival.transfer.nothingOpen");
        }
        if (target.kind() == TargetKind.DESK && sameDesk(target.desk(), from)) {
            throw new RefusedAction("arrival.transfer.sameDesk");
        }
        if (!chosen.isEmpty()) {
            for (TicketErrand errand : errands) {
                if (errand.isOpen() && chosen.stream().noneMatch(c -> c == errand)) {
                    errand.moveTo(ErrandState.HANDLED);
                }
            }
        }
        this.status = TicketStatus.WAITING;
        this.desk = null;
        this.calls = 0;
        this.calledAt = null;
        this.targetKind = target.kind();
        this.targetDesk = target.desk();
        this.targetClerk = target.clerk();
        this.targetAgency = target.agency();
        this.transfers++;
    }

    /** The visit the ticket led to was closed: a ticket at a desk is done (one waiting after a transfer goes on). */
    public boolean finish(LocalDateTime at) {
        if (!status.isAtDesk()) {
            return false;
        }
        this.status = TicketStatus.DONE;
        this.endedAt = at;
        return true;
    }

    /** The visit the customer is served in, created when the ticket joined the queue. */
    public void leadsTo(Visit servedIn) {
        this.visit = servedIn;
    }

    /** Refuses a change from a desk the ticket is not called to or served at. */
    public void requireAt(Desk by) {
        if (!status.isAtDesk() || !sameDesk(desk, by)) {
            throw new RefusedAction("arrival.ticket.notAtYourDesk");
        }
    }

    private void requireOwn(TicketErrand errand) {
        if (errand == null || errands.stream().noneMatch(e -> e == errand)) {
            throw new RefusedAction("arrival.ticket.errandUnknown");
        }
    }

    static boolean sameDesk(Desk a, Desk b) {
        return a == b || a != null && b != null && a.getId() != null && Objects.equals(a.getId(), b.getId());
    }

    /** One of this ticket's errands by id; another id is refused. */
    public TicketErrand errand(long errandId) {
        return errands.stream()
                .filter(e -> e.getId() != null && e.getId() == errandId)
                .findFirst()
                .orElseThrow(() -> new RefusedAction("arrival.ticket.errandUnknown"));
    }

    /** The errands still waiting for a desk. */
    public List<TicketErrand> getOpenErrands() {
        return errands.stream().filter(TicketErrand::isOpen).toList();
    }

    /** The errands offered as self-service and not yet decided by the customer. */
    public List<TicketErrand> getOfferedErrands() {
        return errands.stream().filter(e -> e.getState() == ErrandState.OFFERED).toList();
    }

    /** The number as shown on the ticket and the display: three digits. */
    public String getLabel() {
        return String.format("%03d", number);
    }

    public Long getId() {
        return id;
    }

    public ServicePoint getServicePoint() {
        return servicePoint;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getNumber() {
        return number;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isNeedsInterpreter() {
        return needsInterpreter;
    }

    public Boolean getStrongEid() {
        return strongEid;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public Visit getVisit() {
        return visit;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Desk getDesk() {
        return desk;
    }

    public int getCalls() {
        return calls;
    }

    public LocalDateTime getCalledAt() {
        return calledAt;
    }

    public LocalDateTime getServedAt() {
        return servedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public int getTransfers() {
        return transfers;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public Desk getTargetDesk() {
        return targetDesk;
    }

    public StaffUser getTargetClerk() {
        return targetClerk;
    }

    public Agency getTargetAgency() {
        return targetAgency;
    }

    public List<TicketErrand> getErrands() {
        return Collections.unmodifiableList(errands);
    }

    public long getVersion() {
        return version;
    }
}
