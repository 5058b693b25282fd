package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.feedback.entity.ParkingLotStatus;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parking-lot notes of the supervisor's points: filter by period, point and status; set a note's status. */
@Named
@ViewScoped
public class ParkingLotBacking implements Serializable {

    @Inject
    ParkingLot parkingLot;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private LocalDate from;
    private LocalDate until;
    private Long pointId;
    private ParkingLotStatus status;
    private List<ParkingLotNote> notes = List.of();

    @PostConstruct
    void init() {
        until = clock.today();
        from = until.minusDays(89);
        search();
    }

    public void search() {
        if (from == null || until == null || from.isAfter(until)) {
            Messages.error("statistics.error.period");
            return;
        }
        List<Long> allowed = staff.getServicePoints().stream().map(ServicePoint::getId).toList();
        if (pointId != null && !allowed.contains(pointId)) {
            Messages.error("statistics.error.points");
            return;
        }
        notes = parkingLot.ofPoints(pointId == null ? allowed : List.of(pointId), from.atStartOfDay(),
                until.plusDays(1).atStartOfDay()).stream().filter(n -> status == null || n.getStatus() == status)
                .toList();
    }

    public void change(ParkingLotNote note, ParkingLotStatus to) {
        List<Long> allowed = staff.getServicePoints().stream().map(ServicePoint::getId).toList();
        if (to == null || !allowed.contains(note.getServicePointId())) {
            Messages.error("statistics.error.points");
            return;
        }
        try {
            parkingLot.changeStatus(note.getId(), note.getVersion(), to);
            Messages.info("statistics.parkingLot.changed");
        } catch (OptimisticLockException e) {
            Messages.error("general.conflict");
        }
        search();
    }

    public Map<Long, String> getPointNames() {
        return staff.getServicePoints().stream().collect(Collectors.toMap(ServicePoint::getId, ServicePoint::getName));
    }

    public List<ServicePoint> getPointOptions() {
        return staff.getServicePoints();
    }

    public ParkingLotStatus[] getStatuses() {
        return ParkingLotStatus.values();
    }

    public List<ParkingLotNote> getNotes() {
        return notes;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public ParkingLotStatus getStatus() {
        return status;
    }

    public void setStatus(ParkingLotStatus status) {
        this.status = status;
    }
}
