package fi.asiointipiste.arrival.entity;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.ServicePoint;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A named desk of a service point ("Työpiste 2"). A clerk signs in to it and sets its status; only a SERVING desk
 * calls customers. A desk with an agency is that agency's specialist desk: it calls the agency's errands first, and
 * a transfer "to the Kela specialist" waits for it.
 */
@Entity
@Table(name = "desk")
@NamedQuery(
        name = "Desk.atPoint",
        query = "SELECT d FROM Desk d LEFT JOIN FETCH d.clerk WHERE d.servicePoint.id = :point ORDER BY d.number")
@NamedQuery(name = "Desk.ofClerk", query = "SELECT d FROM Desk d WHERE d.clerk = :clerk")
public class Desk implements Serializable {

    public static final int NAME_MAX = 60;
    public static final int NUMBER_MAX = 99;

    @Id
    @SequenceGenerator(name = "desk_seq", sequenceName = "desk_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_point_id")
    private ServicePoint servicePoint;

    @Min(1)
    @Max(NUMBER_MAX)
    @Column(name = "desk_no")
    private int number;

    @Size(max = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clerk_id")
    private StaffUser clerk;

    @NotNull
    @Enumerated(EnumType.STRING)
    private DeskStatus status = DeskStatus.CLOSED;

    @Column(name = "status_since")
    private LocalDateTime statusSince;

    @Version
    private long version;

    protected Desk() {}

    /**
     * A new desk: its number (1–{@value #NUMBER_MAX}) is what the display shows, the optional name (e.g. "Kela") is
     * shown beside it; an agency makes it that agency's specialist desk.
     */
    public Desk(ServicePoint servicePoint, int number, String name, Agency agency) {
        if (number < 1 || number > NUMBER_MAX) {
            throw new RefusedAction("arrival.desk.numberInvalid");
        }
        String stripped = name == null || name.isBlank() ? null : name.strip();
        if (stripped != null && stripped.length() > NAME_MAX) {
            throw new RefusedAction("arrival.desk.nameTooLong");
        }
        this.servicePoint = servicePoint;
        this.number = number;
        this.name = stripped;
        this.agency = agency;
    }

    /** The clerk sits down at this desk and starts serving; a desk another clerk is signed in to is refused. */
    public void signIn(StaffUser who, LocalDateTime at) {
        if (!active) {
            throw new RefusedAction("arrival.desk.inactive");
        }
        if (clerk != null && !same(clerk, who)) {
            throw new RefusedAction("arrival.desk.taken");
        }
        this.clerk = who;
        moveTo(DeskStatus.SERVING, at);
    }

    public void signOut(LocalDateTime at) {
        this.clerk = null;
        moveTo(DeskStatus.CLOSED, at);
    }

    /** Serving, pause or away; only the signed-in clerk changes it (checked by {@link #requireClerk}). */
    public void changeStatus(DeskStatus next, LocalDateTime at) {
        if (next == null || next == DeskStatus.CLOSED) {
            throw new RefusedAction("arrival.desk.statusInvalid");
        }
        moveTo(next, at);
    }

    private void moveTo(DeskStatus next, LocalDateTime at) {
        if (next != status) {
            this.status = next;
            this.statusSince = at;
        }
    }

    /** Refuses anyone but the clerk signed in to this desk. */
    public void requireClerk(StaffUser actor) {
        if (clerk == null || !same(clerk, actor)) {
            throw new RefusedAction("arrival.desk.notYours");
        }
    }

    /** Refuses a call from a desk that is not serving (on a pause, away or closed). */
    public void requireServing() {
        if (status != DeskStatus.SERVING) {
            throw new RefusedAction("arrival.desk.notServing");
        }
    }

    /** The same staff user: the same object, or the same stored row. */
    static boolean same(StaffUser a, StaffUser b) {
        return a == b || a.getId() != null && Objects.equals(a.getId(), b.getId());
    }

    /** Whether the given user is the clerk signed in to this desk. */
    public boolean isStaffedBy(StaffUser who) {
        return clerk != null && who != null && same(clerk, who);
    }

    public void deactivate() {
        if (clerk != null) {
            throw new RefusedAction("arrival.desk.inUse");
        }
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** A specialist desk of the agency (one with an agency). */
    public boolean isSpecialistOf(String agencyCode) {
        return agency != null && agency.getCode().equals(agencyCode);
    }

    public Long getId() {
        return id;
    }

    public ServicePoint getServicePoint() {
        return servicePoint;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getAgencyCode() {
        return agency == null ? null : agency.getCode();
    }

    public boolean isActive() {
        return active;
    }

    public StaffUser getClerk() {
        return clerk;
    }

    public DeskStatus getStatus() {
        return status;
    }

    public LocalDateTime getStatusSince() {
        return statusSince;
    }

    public long getVersion() {
        return version;
    }
}
