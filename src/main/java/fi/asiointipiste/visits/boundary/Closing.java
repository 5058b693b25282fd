package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.control.DeskAccess;
import fi.asiointipiste.visits.entity.ParkingLotNoteWritten;
import fi.asiointipiste.visits.entity.TaskClosing;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitClosed;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The end of a visit at the desk: an outcome per task, the handling time from the clock, notes, and an optional
 * note for the parking lot ({@link ParkingLotNoteWritten}, kept by feedback); then {@link VisitClosed}. Both
 * events are fired inside this transaction, so what their observers write commits or rolls back with the visit.
 */
@ApplicationScoped
@Transactional
public class Closing {

    @Inject
    DeskAccess access;

    @Inject
    ServiceClock clock;

    @Inject
    Event<ParkingLotNoteWritten> parkingLotNotes;

    @Inject
    Event<VisitClosed> closed;

    /** Closes the visit; the rules of {@link Visit#close} apply. */
    public Visit close(
            StaffUser actor,
            long visitId,
            long version,
            Map<Long, TaskClosing> outcomes,
            String notes,
            String parkingLotNote) {
        Visit visit = access.editable(actor, visitId, version, VisitStatus.IN_SERVICE);
        visit.close(outcomes, notes, parkingLotNote, clock.today(), clock.now());
        if (parkingLotNote != null && !parkingLotNote.isBlank()) {
            parkingLotNotes.fire(
                    new ParkingLotNoteWritten(visit.getServicePoint().getId(), visit.getId(), parkingLotNote));
        }
        closed.fire(new VisitClosed(visit.getId(), visit.getServicePoint().getId()));
        return visit;
    }
}
