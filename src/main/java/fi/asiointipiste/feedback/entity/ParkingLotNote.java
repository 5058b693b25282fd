package fi.asiointipiste.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A "parking lot" note from the desk (the workshop's board for issues to resolve later): an improvement idea
 * or a problem noticed during a visit, followed up by supervisors and coordinators.
 */
@Entity
@Table(name = "parking_lot_note")
@NamedQuery(
        name = "ParkingLotNote.ofPoints",
        query = "SELECT n FROM ParkingLotNote n WHERE n.servicePointId IN :points"
                + " AND n.createdAt >= :from AND n.createdAt < :until ORDER BY n.createdAt DESC")
public class ParkingLotNote implements Serializable {

    @Id
    @SequenceGenerator(name = "parking_lot_note_seq", sequenceName = "parking_lot_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parking_lot_note_seq")
    private Long id;

    @NotNull
    @Column(name = "service_point_id")
    private Long servicePointId;

    @Column(name = "visit_id")
    private Long visitId;

    @NotNull
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @NotBlank
    @Size(max = 60)
    private String author;

    @NotBlank
    @Size(max = 2000)
    @Column(name = "note_text")
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ParkingLotStatus status = ParkingLotStatus.OPEN;

    @Size(max = 60)
    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private LocalDateTime statusChangedAt;

    @Version
    private long version;

    protected ParkingLotNote() {}

    public ParkingLotNote(Long servicePointId, Long visitId, LocalDateTime createdAt, String author, String text) {
        this.servicePointId = servicePointId;
        this.visitId = visitId;
        this.createdAt = createdAt;
        this.author = author;
        this.text = text;
    }

    public void changeStatus(ParkingLotStatus newStatus, String by, LocalDateTime at) {
        this.status = newStatus;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getServicePointId() {
        return servicePointId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public ParkingLotStatus getStatus() {
        return status;
    }

    public String getStatusChangedBy() {
        return statusChangedBy;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
