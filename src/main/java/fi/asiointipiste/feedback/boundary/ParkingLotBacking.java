package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.feedback.entity.ParkingLotStatus;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parking-lot notes of the user's points (statistics/parking-lot.xhtml): the notes that {@link ParkingLotFilter}
 * chooses, and setting a note's status. {@link ParkingLot} keeps each user to their own points.
 */
@Named
@ViewScoped
public class ParkingLotBacking extends ParkingLotFilter {

    @Inject
    ParkingLot parkingLot;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private List<ParkingLotNote> notes = List.of();

    @PostConstruct
    void init() {
        startWithDaysUpTo(clock.today());
        search();
    }

    public void search() {
        notes = parkingLot.search(getFrom(), getUntil(), getPointId(), getStatus());
    }

    public void change(ParkingLotNote note, ParkingLotStatus to) {
        try {
            parkingLot.changeStatus(note.getId(), note.getVersion(), to);
            Messages.info("statistics.parkingLot.changed");
        } finally {
            search(); // the list shows every note as it is now, also the one a conflict was about
        }
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
}
