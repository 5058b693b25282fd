package fi.asiointipiste.arrival.entity;

/**
 * Where a ticket is: SELF_SERVICE (every errand is done at the customer terminal, nothing queued), WAITING in the
 * queue, CALLED to a desk, SERVING at the desk, then DONE (its visit closed) or NO_SHOW (nobody came after the calls).
 * A transfer sends a CALLED or SERVING ticket back to WAITING with its place kept.
 */
public enum TicketStatus {
    SELF_SERVICE,
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW;

    /** Still at the point: waiting, called or being served. */
    public boolean isOpen() {
        return this == WAITING || this == CALLED || this == SERVING;
    }

    /** At a desk: called to it or being served there. */
    public boolean isAtDesk() {
        return this == CALLED || this == SERVING;
    }
}
