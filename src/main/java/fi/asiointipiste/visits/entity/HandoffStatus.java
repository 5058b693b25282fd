package fi.asiointipiste.visits.entity;

/**
 * A hand-off's life: REQUESTED → ACCEPTED → JOINED → COMPLETED. The clerk can cancel one that is not completed
 * (the customer left, the errand was solved at the desk, the remote connection failed): → CANCELLED.
 */
public enum HandoffStatus {
    REQUESTED,
    ACCEPTED,
    JOINED,
    COMPLETED,
    CANCELLED;

    public boolean canMoveTo(HandoffStatus next) {
        return switch (this) {
            case REQUESTED -> next == ACCEPTED || next == CANCELLED;
            case ACCEPTED -> next == JOINED || next == CANCELLED;
            case JOINED -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED || this == JOINED;
    }
}
