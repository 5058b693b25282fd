package fi.asiointipiste.feedback.entity;

/** Where a parking-lot note is in its follow-up. */
public enum ParkingLotStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    DISMISSED
}
