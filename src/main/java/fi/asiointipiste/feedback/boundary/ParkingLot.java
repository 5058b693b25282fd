package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.feedback.entity.ParkingLotStatus;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.ParkingLotNoteWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/** Parking-lot notes: the desk writes them, supervisors and coordinators follow them up. */
@ApplicationScoped
@Transactional
public class ParkingLot {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClock clock;


    @Inject
    AuditLog audit;

    public ParkingLotNote add(long servicePointId, Long visitId, String text) {
        ParkingLotNote note = new ParkingLotNote(servicePointId, visitId, clock.now(), audit.actor(), text.strip());
        em.persist(note);
        return note;
    }

    /** A clerk closed a visit with a note: kept in the same transaction as the closing. */
    void written(@Observes ParkingLotNoteWritten written) {
        add(written.servicePointId(), written.visitId(), written.text());
    }

    public List<ParkingLotNote> ofPoints(List<Long> pointIds, LocalDateTime from, LocalDateTime until) {
        if (pointIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ParkingLotNote.ofPoints", ParkingLotNote.class)
                .setParameter("points", pointIds).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    public ParkingLotNote changeStatus(long id, long expectedVersion, ParkingLotStatus status) {
        ParkingLotNote note = em.find(ParkingLotNote.class, id);
        if (note == null || note.getVersion() != expectedVersion) {
            throw new OptimisticLockException("parking-lot note " + id + " changed or removed");
        }
        String before = note.getStatus().name();
        note.changeStatus(status, audit.actor(), clock.now());
        audit.record("PARKING_LOT_STATUS", "ParkingLotNote", id, before, status.name());
        return note;
    }
}
