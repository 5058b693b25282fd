package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.feedback.entity.ParkingLotStatus;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.ParkingLotNoteWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Parking-lot notes: the desk writes them, supervisors and coordinators follow them up, each only at the service
 * points they work at.
 */
@ApplicationScoped
@Transactional
public class ParkingLot {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SignedInStaff staff;

    public ParkingLotNote add(long servicePointId, Long visitId, String text) {
        ParkingLotNote note = new ParkingLotNote(servicePointId, visitId, clock.now(), audit.actor(), text.strip());
        em.persist(note);
        return note;
    }

    /** A clerk closed a visit with a note: kept in the same transaction as the closing. */
    void written(@Observes ParkingLotNoteWritten written) {
        add(written.servicePointId(), written.visitId(), written.text());
    }

    /**
     * The notes written from {@code from} to {@code until} (whole days) at one of the signed-in user's points, or at
     * all of them when {@code pointId} is null, newest first; only those with {@code status} unless it is null.
     */
    public List<ParkingLotNote> search(LocalDate from, LocalDate until, Long pointId, ParkingLotStatus status) {
        if (from == null || until == null || from.isAfter(until)) {
            throw new RefusedAction("statistics.error.period");
        }
        List<Long> mine = pointsOfTheUser();
        if (pointId != null && !mine.contains(pointId)) {
            throw new RefusedAction("statistics.error.points");
        }
        List<Long> points = pointId == null ? mine : List.of(pointId);
        if (points.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ParkingLotNote.ofPoints", ParkingLotNote.class)
                .setParameter("points", points)
                .setParameter("from", from.atStartOfDay())
                .setParameter("until", until.plusDays(1).atStartOfDay())
                .getResultStream()
                .filter(n -> status == null || n.getStatus() == status)
                .toList();
    }

    /** Follows a note up; only at the user's own points, and refused as a conflict when it changed meanwhile. */
    public ParkingLotNote changeStatus(long id, long expectedVersion, ParkingLotStatus status) {
        ParkingLotNote note = em.find(ParkingLotNote.class, id);
        if (note == null) {
            throw new OptimisticLockException("parking-lot note " + id + " removed");
        }
        if (status == null || !pointsOfTheUser().contains(note.getServicePointId())) {
            throw new RefusedAction("statistics.error.points");
        }
        if (note.getVersion() != expectedVersion) {
            throw new OptimisticLockException("parking-lot note " + id + " changed");
        }
        String before = note.getStatus().name();
        note.changeStatus(status, audit.actor(), clock.now());
        audit.record("PARKING_LOT_STATUS", "ParkingLotNote", id, before, status.name());
        return note;
    }

    private List<Long> pointsOfTheUser() {
        return staff.getServicePoints().stream().map(ServicePoint::getId).toList();
    }
}
