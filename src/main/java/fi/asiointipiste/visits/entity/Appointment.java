package fi.asiointipiste.visits.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A time a clerk booked for a customer at their service point: when, how long, the errands planned, and
 * whether an agency specialist or an interpreter is needed. The customer is identified, or described by a
 * short note without identifying data, or not at all. Checking in starts a visit; a booking nobody came to
 * becomes a no-show visit, so the queue and the statistics count it like any other no-show.
 *
 * <p>The desk's rules for a booking (its time, a note without identifying data, only booked ones change) are refused
 * here with a message for the clerk; {@link #schedule} and the status changes guard only the invariants.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(
        name = "Appointment.atPointBetween",
        query = "SELECT a FROM Appointment a LEFT JOIN FETCH a.customer LEFT JOIN FETCH a.visit"
                + " WHERE a.servicePoint = :point AND a.startsAt >= :from AND a.startsAt < :until ORDER BY a.startsAt")
@NamedQuery(
        name = "Appointment.overlapping",
        query = "SELECT a FROM Appointment a WHERE a.servicePoint = :point AND a.status = :booked"
                + " AND a.startsAt < :until AND a.endsAt > :from AND a.id <> :self")
@NamedQuery(name = "Appointment.ofVisit", query = "SELECT a FROM Appointment a WHERE a.visit.id = :visit")
@NamedQuery(
        name = "Appointment.bookedBetween",
        query = "SELECT a FROM Appointment a WHERE a.servicePoint = :point AND a.status = :booked"
                + " AND a.startsAt < :until AND a.endsAt > :from")
@NamedQuery(
        name = "Appointment.bookedByCode",
        query = "SELECT a FROM Appointment a WHERE a.code = :code AND a.status = :booked ORDER BY a.startsAt")
@NamedQuery(
        name = "Appointment.byCodeAtPointBetween",
        query = "SELECT a FROM Appointment a WHERE a.servicePoint.id = :point AND a.code = :code"
                + " AND a.startsAt >= :from AND a.startsAt < :until")
public class Appointment implements Serializable {

    /** The lengths (minutes) a clerk can book a time for. */
    public static final List<Integer> LENGTHS = List.of(15, 30, 45, 60, 90, 120);

    public static final int NOTE_MAX = 200;

    /** The longest appointment a desk books; longer errands are split into several times. */
    public static final int MAX_MINUTES = 240;

    public static final int CANCEL_REASON_MAX = 500;

    /** Who booked an appointment that the customer booked themselves on the public booking page. */
    public static final String BOOKED_ONLINE = "online";

    private static final Pattern CODE_LIKE = Pattern.compile("\\d{6}[-+A-FU-Ya-fu-y]\\d{3}[0-9A-Ya-y]");

    /** The letters and digits of an appointment's short code: none that are easily mixed up (0/O, 1/I, 8/B...). */
    static final String CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479";

    /** The length of the short code. */
    public static final int CODE_LENGTH = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A booked time, start included and end excluded. */
    public record Time(LocalDateTime start, LocalDateTime end) {}

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_point_id")
    private ServicePoint servicePoint;

    @NotNull
    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @NotNull
    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Size(max = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "specialist_agency_id")
    private Agency specialistAgency;

    @Column(name = "needs_interpreter")
    private boolean needsInterpreter;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "appointment_task",
            joinColumns = @JoinColumn(name = "appointment_id"),
            inverseJoinColumns = @JoinColumn(name = "service_task_id"))
    private List<ServiceTask> tasks = new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @NotNull
    @Size(max = 60)
    @Column(name = "booked_by")
    private String bookedBy;

    @NotNull
    @Column(name = "booked_at")
    private LocalDateTime bookedAt;

    @Size(max = CANCEL_REASON_MAX)
    @Column(name = "cancel_reason")
    private String cancelReason;

    /** The short code the customer gives at the check-in terminal; none on appointments booked before codes. */
    @Size(max = 8)
    private String code;

    /** The language the customer chose when they booked online (fi, sv, en); null for a clerk's booking. */
    @Size(max = 2)
    private String language;

    @Version
    private long version;

    protected Appointment() {}

    public Appointment(ServicePoint servicePoint, String bookedBy, LocalDateTime bookedAt) {
        this.servicePoint = servicePoint;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
        this.code = newCode();
    }

    /** A random short code of {@value #CODE_LENGTH} characters of {@link #CODE_ALPHABET}. */
    static String newCode() {
        StringBuilder sb = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Draws a new short code (the caller found the drawn one already in use by another booked appointment). */
    public void redrawCode() {
        this.code = newCode();
    }

    /** The customer booked online in this language. */
    public void speaks(String bookingLanguage) {
        this.language = bookingLanguage;
    }

    /** Whether the customer booked this time themselves on the public booking page. */
    public boolean isBookedOnline() {
        return BOOKED_ONLINE.equals(bookedBy);
    }

    /** A code as a customer types it: case and spaces do not matter. */
    public static String normalisedCode(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The time of a booking as the desk books it: a day and a start are required, the length is 1 to
     * {@link #MAX_MINUTES} minutes, it does not start in the past nor go over midnight.
     */
    public static Time time(LocalDate day, LocalTime start, Integer minutes, LocalDateTime now) {
        if (day == null || start == null) {
            throw new RefusedAction("appointment.timeRequired");
        }
        if (minutes == null || minutes <= 0 || minutes > MAX_MINUTES) {
            throw new RefusedAction("appointment.durationInvalid");
        }
        LocalDateTime from = day.atTime(start);
        LocalDateTime until = from.plusMinutes(minutes);
        if (from.isBefore(now)) {
            throw new RefusedAction("appointment.inPast");
        }
        if (!until.toLocalDate().equals(from.toLocalDate())) {
            throw new RefusedAction("appointment.overMidnight");
        }
        return new Time(from, until);
    }

    /**
     * The note as stored (stripped): at most {@link #NOTE_MAX} characters and never identifying the customer, so
     * anything shaped like a personal identity code is refused.
     */
    public static String checkedNote(String note) {
        String stripped = note == null ? null : note.strip();
        if (stripped != null && stripped.length() > NOTE_MAX) {
            throw new RefusedAction("appointment.noteTooLong");
        }
        if (stripped != null && looksIdentifying(stripped)) {
            throw new RefusedAction("appointment.noteIdentifying");
        }
        return stripped;
    }

    static boolean looksIdentifying(String note) {
        return CODE_LIKE.matcher(note).find();
    }

    /** Only a booked appointment (not yet arrived, missed or cancelled) can be changed, checked in or missed. */
    public void checkBooked() {
        if (!isBooked()) {
            throw new RefusedAction("appointment.notBooked");
        }
    }

    /** Checking in is for today's appointments. */
    public void checkCanCheckIn(LocalDate today) {
        if (!startsAt.toLocalDate().equals(today)) {
            throw new RefusedAction("appointment.notToday");
        }
    }

    /** "Did not come" once the time has begun. */
    public void checkDue(LocalDateTime now) {
        if (now.isBefore(startsAt)) {
            throw new RefusedAction("appointment.notYetDue");
        }
    }

    /** Whether this is the appointment of the given known customer. */
    public boolean isFor(Long customerId) {
        return customer != null && customer.getId().equals(customerId);
    }

    /** Books or moves the time; the caller has checked that it is in the future and ends after it starts. */
    public void schedule(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void plan(
            Collection<ServiceTask> planned, Customer who, String noteText, Agency specialist, boolean interpreter) {
        this.tasks = new ArrayList<>(planned);
        this.tasks.sort(Comparator.comparing(ServiceTask::getId));
        this.customer = who;
        this.note = noteText == null || noteText.isBlank() ? null : noteText.strip();
        this.specialistAgency = specialist;
        this.needsInterpreter = interpreter;
    }

    public void checkIn(Visit started) {
        moveTo(AppointmentStatus.ARRIVED);
        this.visit = started;
    }

    public void noShow(Visit recorded) {
        moveTo(AppointmentStatus.NO_SHOW);
        this.visit = recorded;
    }

    /** Cancels the booking with an optional reason of at most {@link #CANCEL_REASON_MAX} characters. */
    public void cancel(String reason) {
        if (reason != null && reason.length() > CANCEL_REASON_MAX) {
            throw new RefusedAction("appointment.reasonTooLong");
        }
        moveTo(AppointmentStatus.CANCELLED);
        this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * Retention: the booking's free texts (the note and the cancel reason may describe the person) are erased; the time,
     * point, errands and status stay for the statistics. True if there was something to erase.
     */
    public boolean eraseNotes() {
        boolean had = note != null || cancelReason != null;
        note = null;
        cancelReason = null;
        return had;
    }

    private void moveTo(AppointmentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("appointment " + id + " cannot move from " + status + " to " + next);
        }
        this.status = next;
    }

    public long getDurationMinutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    /** Whether the appointment's time has begun at {@code now}, so that "did not come" makes sense. */
    public boolean isDue(LocalDateTime now) {
        return !now.isBefore(startsAt);
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }

    public Long getId() {
        return id;
    }

    public ServicePoint getServicePoint() {
        return servicePoint;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getNote() {
        return note;
    }

    public Agency getSpecialistAgency() {
        return specialistAgency;
    }

    public boolean isNeedsInterpreter() {
        return needsInterpreter;
    }

    public List<ServiceTask> getTasks() {
        return List.copyOf(tasks);
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Visit getVisit() {
        return visit;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public LocalDateTime getBookedAt() {
        return bookedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getCode() {
        return code;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }
}
