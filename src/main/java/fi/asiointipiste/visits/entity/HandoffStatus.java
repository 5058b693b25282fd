package fi.asiointipiste.visits.entity;

/** A hand-off's life: REQUESTED → ACCEPTED → JOINED → COMPLETED; a request not yet joined can be CANCELLED. */
public enum HandoffStatus {
    REQUESTED, ACCEPTED, JOINED, COMPLETED, CANCELLED;

    public boolean canMoveTo(HandoffStatus next) {
        return switch (this) {
            case REQUESTED -> next == ACCEPTED || next == CANCELLED;
            case ACCEPTED -> next == JOINED || next == CANCELLED;
            case JOINED -> next == COMPLETED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED || this == JOINED;
    }
}
