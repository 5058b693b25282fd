package fi.asiointipiste.visits.entity;

/** How the customer came: dropped in, booked a time, or was served over a remote connection. */
public enum Channel {
    WALK_IN,
    APPOINTMENT,
    REMOTE
}
