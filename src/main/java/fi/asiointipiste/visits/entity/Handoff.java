package fi.asiointipiste.visits.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
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
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A request for an agency specialist to join one visit task, on site or by remote video, now or at a booked
 * slot. Records who took it, when they joined (so the customer's waiting time is known) and the outcome the
 * specialist reports; never the agency's decision itself.
 *
 * <p>The desk's rules on a request and on each step are refused here with a message for the clerk or the specialist
 * ({@link RefusedAction}); the status moves only forward ({@link HandoffStatus}).
 */
@Entity
@Table(name = "handoff")
@NamedQuery(
        name = "Handoff.openForAgency",
        query = "SELECT h FROM Handoff h WHERE h.agency = :agency AND h.status IN :open ORDER BY h.requestedAt")
@NamedQuery(
        name = "Handoff.ofVisit",
        query = "SELECT h FROM Handoff h WHERE h.visitTask.visit.id = :visit ORDER BY h.requestedAt")
public class Handoff implements Serializable {

    @Id
    @SequenceGenerator(name = "handoff_seq", sequenceName = "handoff_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handoff_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "visit_task_id")
    private VisitTask visitTask;

    @NotNull
    @Column(name = "service_point_id")
    private Long servicePointId;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @NotNull
    @Enumerated(EnumType.STRING)
    private HandoffMode mode;

    @NotNull
    @Enumerated(EnumType.STRING)
    private HandoffStatus status = HandoffStatus.REQUESTED;

    @NotNull
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    @NotNull
    @Size(max = 60)
    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "slot_at")
    private LocalDateTime slotAt;

    public static final int ROOM_MAX = 200;
    public static final int OUTCOME_MAX = 1000;
    public static final int CANCEL_REASON_MAX = 500;

    @Size(max = ROOM_MAX)
    @Column(name = "room_or_device")
    private String roomOrDevice;

    @Column(name = "interpreter_booked")
    private boolean interpreterBooked;

    @Column(name = "clerk_stayed")
    private boolean clerkStayed;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "specialist_id")
    private StaffUser specialist;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "joined_at")
    private LocalDateTime joinedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Size(max = OUTCOME_MAX)
    @Column(name = "outcome_text")
    private String outcome;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Size(max = 60)
    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Size(max = CANCEL_REASON_MAX)
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected Handoff() {}

    /**
     * @param clerkStayed whether the clerk stays in a remote session; only with the customer's consent, so the
     *                    caller passes false unless consent was given
     */
    private Handoff(
            VisitTask visitTask,
            Agency agency,
            HandoffMode mode,
            LocalDateTime slotAt,
            String roomOrDevice,
            boolean interpreterBooked,
            boolean clerkStayed,
            String requestedBy,
            LocalDateTime at) {
        this.visitTask = visitTask;
        this.servicePointId = visitTask.getVisit().getServicePoint().getId();
        this.agency = agency;
        this.mode = mode;
        this.slotAt = slotAt;
        this.roomOrDevice = roomOrDevice == null || roomOrDevice.isBlank() ? null : roomOrDevice.strip();
        this.interpreterBooked = interpreterBooked;
        this.clerkStayed = mode == HandoffMode.REMOTE_VIDEO && clerkStayed;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    /**
     * The clerk's request for a specialist, as the desk's rules allow it: an agency and a mode are required, a
     * booked slot is not in the past (a minute's grace), the clerk stays in a remote session only with the
     * customer's consent, and the room or device fits {@link #ROOM_MAX} characters.
     *
     * @param agency the agency asked, null when the clerk chose none (or one that does not exist)
     */
    public static Handoff request(
            VisitTask visitTask,
            Agency agency,
            HandoffMode mode,
            LocalDateTime slotAt,
            String roomOrDevice,
            boolean interpreterBooked,
            boolean clerkStays,
            boolean customerConsents,
            String requestedBy,
            LocalDateTime now) {
        if (agency == null) {
            throw new RefusedAction("handoff.agencyRequired");
        }
        if (mode == null) {
            throw new RefusedAction("handoff.modeRequired");
        }
        if (slotAt != null && slotAt.isBefore(now.minusMinutes(1))) {
            throw new RefusedAction("handoff.slotInPast");
        }
        if (clerkStays && (mode != HandoffMode.REMOTE_VIDEO || !customerConsents)) {
            throw new RefusedAction("handoff.consentRequired");
        }
        if (roomOrDevice != null && roomOrDevice.length() > ROOM_MAX) {
            throw new RefusedAction("handoff.roomTooLong");
        }
        return new Handoff(
                visitTask, agency, mode, slotAt, roomOrDevice, interpreterBooked, clerkStays, requestedBy, now);
    }

    /** A specialist takes the request; one someone else took first is refused. */
    public void accept(StaffUser by, LocalDateTime at) {
        checkStep(HandoffStatus.ACCEPTED, "handoff.alreadyTaken");
        moveTo(HandoffStatus.ACCEPTED);
        this.specialist = by;
        this.acceptedAt = at;
    }

    public void joined(LocalDateTime at) {
        checkStep(HandoffStatus.JOINED, "handoff.wrongState");
        moveTo(HandoffStatus.JOINED);
        this.joinedAt = at;
    }

    /** The specialist reports how it went: an outcome is required, at most {@link #OUTCOME_MAX} characters. */
    public void complete(String outcomeText, LocalDateTime at) {
        checkStep(HandoffStatus.COMPLETED, "handoff.wrongState");
        if (outcomeText == null || outcomeText.isBlank()) {
            throw new RefusedAction("handoff.outcomeRequired");
        }
        if (outcomeText.length() > OUTCOME_MAX) {
            throw new RefusedAction("handoff.outcomeTooLong");
        }
        moveTo(HandoffStatus.COMPLETED);
        this.outcome = outcomeText.strip();
        this.completedAt = at;
    }

    /**
     * Refuses a specialist's step on a request the desk has cancelled, as such: checked before the version, since
     * the cancel raised it and the specialist should learn why rather than see a conflict.
     */
    public void checkNotCancelled() {
        if (status == HandoffStatus.CANCELLED) {
            throw new RefusedAction("handoff.cancelledByDesk");
        }
    }

    /** Refuses a step by a specialist other than the one who accepted the request. */
    public void checkTakenBy(StaffUser specialistUser) {
        if (specialist == null || !specialist.getId().equals(specialistUser.getId())) {
            throw new RefusedAction("handoff.notYours");
        }
    }

    /**
     * The clerk withdraws the request, with a reason of at most {@link #CANCEL_REASON_MAX} characters; a completed
     * one stays as it was. The specialist's inbox no longer lists it.
     */
    public void cancel(String reason, String by, LocalDateTime at) {
        if (!isCancellable()) {
            throw new RefusedAction("handoff.notCancellable");
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedAction("handoff.cancelReasonRequired");
        }
        if (reason.length() > CANCEL_REASON_MAX) {
            throw new RefusedAction("handoff.cancelReasonTooLong");
        }
        moveTo(HandoffStatus.CANCELLED);
        this.cancelReason = reason.strip();
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    private void checkStep(HandoffStatus next, String refusal) {
        if (!status.canMoveTo(next)) {
            throw new RefusedAction(refusal);
        }
    }

    private void moveTo(HandoffStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("hand-off " + id + " cannot move from " + status + " to " + next);
        }
        this.status = next;
    }

    /** Minutes the customer waited from the request (or the booked slot) until the specialist joined. */
    public Long getWaitingMinutes() {
        if (joinedAt == null) {
            return null;
        }
        LocalDateTime from = slotAt != null && slotAt.isAfter(requestedAt) ? slotAt : requestedAt;
        return Math.max(0, Duration.between(from, joinedAt).toMinutes());
    }

    public Long getId() {
        return id;
    }

    public VisitTask getVisitTask() {
        return visitTask;
    }

    public Long getServicePointId() {
        return servicePointId;
    }

    public Agency getAgency() {
        return agency;
    }

    public HandoffMode getMode() {
        return mode;
    }

    public HandoffStatus getStatus() {
        return status;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getSlotAt() {
        return slotAt;
    }

    public String getRoomOrDevice() {
        return roomOrDevice;
    }

    public boolean isInterpreterBooked() {
        return interpreterBooked;
    }

    public boolean isClerkStayed() {
        return clerkStayed;
    }

    public StaffUser getSpecialist() {
        return specialist;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public LocalDateTime getJoinedAt() {
        return joinedAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isCancellable() {
        return status.canMoveTo(HandoffStatus.CANCELLED);
    }

    public long getVersion() {
        return version;
    }
}
