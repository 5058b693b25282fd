package fi.asiointipiste.visits.entity;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.text.HumanText;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One customer's visit to a service point, from arrival in the queue to the end of service. The customer
 * may stay anonymous; the profile records how they were served this time.
 *
 * <p>The desk's rules are checked here and refused with a {@link RefusedAction} the clerk can act on (a visit in
 * the wrong state, an unknown language, a task twice, closing without outcomes). The bare state changes below them
 * ({@link #finish}, {@link #add}) guard only the invariants and throw {@link IllegalStateException} on a misuse.
 */
@Entity
@Table(name = "visit")
@NamedQuery(
        name = "Visit.atPointBetween",
        query = "SELECT v FROM Visit v LEFT JOIN FETCH v.clerk LEFT JOIN FETCH v.customer"
                + " WHERE v.servicePoint = :point AND v.arrivedAt >= :from AND v.arrivedAt < :until"
                + " ORDER BY v.arrivedAt DESC")
@NamedQuery(
        name = "Visit.atPointBetweenIn",
        query = "SELECT v FROM Visit v LEFT JOIN FETCH v.clerk WHERE v.servicePoint = :point AND v.arrivedAt >= :from"
                + " AND v.arrivedAt < :until AND v.status IN :statuses ORDER BY v.arrivedAt")
@NamedQuery(
        name = "Visit.openAtPoint",
        query = "SELECT v FROM Visit v LEFT JOIN FETCH v.clerk WHERE v.servicePoint = :point"
                + " AND v.status IN :open ORDER BY v.arrivedAt")
@NamedQuery(
        name = "Visit.ofCustomer",
        query = "SELECT v FROM Visit v WHERE v.customer = :customer ORDER BY v.arrivedAt DESC")
@NamedQuery(
        name = "Visit.ofCustomerAtPoints",
        query = "SELECT v FROM Visit v WHERE v.customer = :customer AND v.servicePoint IN :points"
                + " ORDER BY v.arrivedAt DESC")
@NamedQuery(
        name = "Visit.countOfCustomerSince",
        query = "SELECT COUNT(v) FROM Visit v WHERE v.customer = :customer AND v.arrivedAt >= :since")
@NamedQuery(
        name = "Visit.recentlyDoneAtPoint",
        query = "SELECT v FROM Visit v WHERE v.servicePoint.id = :point AND v.status = :done AND v.endedAt >= :since"
                + " ORDER BY v.endedAt DESC")
@NamedQuery(
        name = "Visit.pointsOfClerkLatestFirst",
        query = "SELECT v.servicePoint.id, v.startedAt FROM Visit v WHERE v.clerk = :clerk AND v.startedAt IS NOT NULL"
                + " ORDER BY v.startedAt DESC")
@NamedQuery(name = "Visit.countAll", query = "SELECT COUNT(v) FROM Visit v")
public class Visit implements Serializable {

    @Id
    @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_point_id")
    private ServicePoint servicePoint;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Channel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    private VisitStatus status = VisitStatus.WAITING;

    @NotNull
    @Column(name = "arrived_at")
    private LocalDateTime arrivedAt;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clerk_id")
    private StaffUser clerk;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "profile_id")
    private CustomerProfile profile;

    @Valid
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seqNo")
    private List<VisitTask> tasks = new ArrayList<>();

    @Column(name = "strong_eid")
    private Boolean strongEid;

    @Column(name = "uses_online_services")
    private Boolean usesOnlineServices;

    @Pattern(regexp = "fi|sv|en|other")
    @Column(name = "service_language")
    private String language;

    @Column(name = "needs_interpreter")
    private Boolean needsInterpreter;

    @Column(name = "first_visit")
    private Boolean firstVisit;

    /** The longest visit note, and the longest parking-lot note written when closing. */
    public static final int NOTES_MAX = 2000;

    /** The languages a visit can be served in ({@code other}: one the desk does not offer). */
    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en", "other");

    @Size(max = NOTES_MAX)
    private String notes;

    /** For a REMOTE-channel visit: by phone or by video; null for the other channels. */
    @Enumerated(EnumType.STRING)
    @Column(name = "remote_means")
    private RemoteMeans remoteMeans;

    @Version
    private long version;

    protected Visit() {}

    /**
     * A remote visit a clerk serves at once over the phone or a video connection: channel REMOTE, no ticket, no
     * waiting (it arrives and starts at the same moment).
     */
    public static Visit remote(ServicePoint servicePoint, RemoteMeans means, StaffUser clerk, LocalDateTime at) {
        if (means == null) {
            throw new IllegalArgumentException("a remote visit is by phone or by video");
        }
        Visit visit = new Visit(servicePoint, Channel.REMOTE, at);
        visit.remoteMeans = means;
        visit.startService(clerk, at);
        return visit;
    }

    public Visit(ServicePoint servicePoint, Channel channel, LocalDateTime arrivedAt) {
        this.servicePoint = servicePoint;
        this.channel = channel;
        this.arrivedAt = arrivedAt;
    }

    /** The clerk calls the customer to the desk. */
    public void startService(StaffUser byClerk, LocalDateTime at) {
        moveTo(VisitStatus.IN_SERVICE);
        this.clerk = byClerk;
        this.startedAt = at;
    }

    /** Another clerk takes over the visit in service: the customer was transferred to their desk. */
    public void takeOver(StaffUser byClerk) {
        requireStatus(VisitStatus.IN_SERVICE);
        this.clerk = byClerk;
    }

    public void finish(LocalDateTime at) {
        moveTo(VisitStatus.DONE);
        this.endedAt = at;
    }

    public void markNoShow(LocalDateTime at) {
        moveTo(VisitStatus.NO_SHOW);
        this.endedAt = at;
    }

    /**
     * Refuses a change of a visit that is not where the change needs it (someone else already called, closed or
     * marked it): the queue's actions need WAITING, the work at the desk IN_SERVICE.
     */
    public void requireStatus(VisitStatus expected) {
        if (status != expected) {
            throw new RefusedAction("frontDesk.visit.wrongState");
        }
    }

    /**
     * Closes the visit as the clerk ends it: every task needs an outcome, a task that continues a follow-up date
     * after today; the notes and the parking-lot note (kept by feedback) have their maximum length. Everything is
     * checked before anything changes, so a refused closing leaves the visit as it was.
     *
     * @param outcomes what the clerk entered per task, by visit-task id
     */
    public void close(
            Map<Long, TaskClosing> outcomes,
            String notesText,
            String parkingLotNote,
            LocalDate today,
            LocalDateTime at) {
        if (tasks.isEmpty()) {
            throw new RefusedAction("frontDesk.close.noTasks");
        }
        if (tooLong(notesText) || tooLong(parkingLotNote)) {
            throw new RefusedAction("frontDesk.close.textTooLong");
        }
        // Control and bidirectional characters, NUL, EL and markup: refused with the field's name (HumanText).
        HumanText.note(notesText, NOTES_MAX, "frontDesk.close.notes");
        HumanText.note(parkingLotNote, NOTES_MAX, "frontDesk.close.parkingLot");
        for (VisitTask task : tasks) {
            task.checkClosing(outcomes.get(task.getId()), today);
        }
        for (VisitTask task : tasks) {
            TaskClosing c = outcomes.get(task.getId());
            task.close(c.getOutcome(), c.getFollowUpOn(), c.isDidItThemselves());
        }
        note(notesText);
        finish(at);
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > NOTES_MAX;
    }

    private void moveTo(VisitStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("visit " + id + " cannot move from " + status + " to " + next);
        }
        this.status = next;
    }

    public void identify(Customer who) {
        this.customer = who;
    }

    public void profileAs(CustomerProfile chosen) {
        this.profile = chosen;
    }

    /**
     * The intake answers the routing facts are read from; null where the customer was not asked. The language is
     * one of {@link #LANGUAGES}.
     */
    public void intake(
            Boolean strongEid,
            Boolean usesOnlineServices,
            String language,
            Boolean needsInterpreter,
            Boolean firstVisit) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new RefusedAction("frontDesk.intake.languageInvalid");
        }
        this.strongEid = strongEid;
        this.usesOnlineServices = usesOnlineServices;
        this.language = language;
        this.needsInterpreter = needsInterpreter;
        this.firstVisit = firstVisit;
    }

    public void note(String text) {
        this.notes = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isOpen() {
        return status == VisitStatus.WAITING || status == VisitStatus.IN_SERVICE;
    }

    public void remove(VisitTask task) {
        tasks.remove(task);
    }

    /**
     * Refuses a task the clerk cannot add: none before the profile is chosen (the engine needs it), none the
     * catalogue does not offer ({@code task} null), and none twice.
     */
    public void checkCanAdd(ServiceTask task) {
        if (profile == null) {
            throw new RefusedAction("frontDesk.task.profileFirst");
        }
        if (task == null) {
            throw new RefusedAction("frontDesk.task.unknown");
        }
        if (has(task)) {
            throw new RefusedAction("frontDesk.task.duplicate");
        }
    }

    /** Whether the catalogue task is already a task of this visit. */
    public boolean has(ServiceTask task) {
        return tasks.stream().anyMatch(t -> task.equals(t.getTask()));
    }

    /** One of this visit's tasks; another id is refused. */
    public VisitTask task(long visitTaskId) {
        return tasks.stream()
                .filter(t -> t.getId() != null && t.getId() == visitTaskId)
                .findFirst()
                .orElseThrow(() -> new RefusedAction("frontDesk.task.notInVisit"));
    }

    /** Adds a task without the desk's checks ({@link #checkCanAdd}); numbered in the order added. */
    public VisitTask add(ServiceTask task) {
        VisitTask visitTask = new VisitTask(this, task, tasks.size() + 1);
        tasks.add(visitTask);
        return visitTask;
    }

    /** Minutes from arrival to the start of service; null until service starts. */
    public Long getWaitingMinutes() {
        return startedAt == null ? null : Duration.between(arrivedAt, startedAt).toMinutes();
    }

    /** Minutes from the start to the end of service; null until the visit is done. */
    public Long getHandlingMinutes() {
        return startedAt == null || endedAt == null
                ? null
                : Duration.between(startedAt, endedAt).toMinutes();
    }

    public Long getId() {
        return id;
    }

    public ServicePoint getServicePoint() {
        return servicePoint;
    }

    public Channel getChannel() {
        return channel;
    }

    public RemoteMeans getRemoteMeans() {
        return remoteMeans;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public StaffUser getClerk() {
        return clerk;
    }

    public Customer getCustomer() {
        return customer;
    }

    public boolean isAnonymous() {
        return customer == null;
    }

    public CustomerProfile getProfile() {
        return profile;
    }

    public List<VisitTask> getTasks() {
        return Collections.unmodifiableList(tasks);
    }

    public Boolean getStrongEid() {
        return strongEid;
    }

    public Boolean getUsesOnlineServices() {
        return usesOnlineServices;
    }

    public String getLanguage() {
        return language;
    }

    public Boolean getNeedsInterpreter() {
        return needsInterpreter;
    }

    public Boolean getFirstVisit() {
        return firstVisit;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
