package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.feedback.entity.ParkingLotStatus;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.boundary.DecisionHistory;
import fi.asiointipiste.visits.entity.ErrandDecision;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parking-lot notes of the user's points (statistics/parking-lot.xhtml, for supervisors and coordinators): the notes
 * that {@link ParkingLotFilter} chooses, each with its visit's errands and the rules that decided them, and setting
 * a note's status. {@link ParkingLot} keeps each user to their own points.
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

    @Inject
    DecisionHistory decisions;

    private List<ParkingLotNote> notes = List.of();
    private Map<Long, List<ErrandDecision>> errands = Map.of();

    @PostConstruct
    void init() {
        startWithDaysUpTo(clock.today());
        search();
    }

    public void search() {
        notes = parkingLot.search(getFrom(), getUntil(), getPointId(), getStatus());
        errands = decisions.errandsOfVisits(notes.stream()
                .map(ParkingLotNote::getVisitId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    }

    /** The errands of the note's visit with the rules that decided them; none for a note without a visit. */
    public List<ErrandDecision> errandsOf(ParkingLotNote note) {
        return note.getVisitId() == null ? List.of() : errands.getOrDefault(note.getVisitId(), List.of());
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
