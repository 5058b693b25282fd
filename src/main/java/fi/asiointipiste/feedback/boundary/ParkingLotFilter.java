package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotStatus;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a supervisor chooses to see of the parking lot (statistics/parking-lot.xhtml): a period of whole days, one
 * of their points or all of them, one status or all. {@link ParkingLot#search} checks it.
 */
public abstract class ParkingLotFilter implements Serializable {

    /** The list opens with the notes of this many days up to today. */
    static final int DAYS_SHOWN_FIRST = 90;

    private LocalDate from;
    private LocalDate until;
    private Long pointId;
    private ParkingLotStatus status;

    /** The first view: the last {@value #DAYS_SHOWN_FIRST} days, every point and status. */
    void startWithDaysUpTo(LocalDate today) {
        until = today;
        from = today.minusDays(DAYS_SHOWN_FIRST - 1L);
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
