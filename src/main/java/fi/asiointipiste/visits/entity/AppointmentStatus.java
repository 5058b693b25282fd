package fi.asiointipiste.visits.entity;

/** An appointment's life: BOOKED → ARRIVED (checked in, a visit started) or NO_SHOW, or BOOKED → CANCELLED. */
public enum AppointmentStatus {
    BOOKED,
    ARRIVED,
    NO_SHOW,
    CANCELLED;

    public boolean canMoveTo(AppointmentStatus next) {
        return this == BOOKED && next != BOOKED;
    }
}
