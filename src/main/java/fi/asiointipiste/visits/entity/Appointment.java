package fi.asiointipiste.visits.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A time a clerk booked for a customer at their service point: when, how long, the errands planned, and
 * whether an agency specialist or an interpreter is needed. The customer is identified, or described by a
 * short note without identifying data, or not at all. Checking in starts a visit; a booking nobody came to
 * becomes a no-show visit, so the queue and the statistics count it like any other no-show.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(name = "Appointment.atPointBetween",
        query = "SELECT a FROM Appointment a LEFT JOIN FETCH a.customer LEFT JOIN FETCH a.visit"
                + " WHERE a.servicePoint = :point AND a.startsAt >= :from AND a.startsAt < :until ORDER BY a.startsAt")
@NamedQuery(name = "Appointment.overlapping",
        query = "SELECT a FROM Appointment a WHERE a.servicePoint = :point AND a.status = :booked"
                + " AND a.startsAt < :until AND a.endsAt > :from AND a.id <> :self")
@NamedQuery(name = "Appointment.ofVisit", query = "SELECT a FROM Appointment a WHERE a.visit.id = :visit")
public class Appointment implements Serializable {

    public static final int NOTE_MAX = 200;

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
    @JoinTable(name = "appointment_task", joinColumns = @JoinColumn(name = "appointment_id"),
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

    @Size(max = 500)
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected Appointment() {
    }

    public Appointment(ServicePoint servicePoint, String bookedBy, LocalDateTime bookedAt) {
        this.servicePoint = servicePoint;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    /** Books or moves the time; the caller has checked that it is in the future and ends after it starts. */
    public void schedule(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void plan(Collection<ServiceTask> planned, Customer who, String noteText, Agency specialist,
                     boolean interpreter) {
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

    public void cancel(String reason) {
        moveTo(AppointmentStatus.CANCELLED);
        this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
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

    public long getVersion() {
        return version;
    }
}
