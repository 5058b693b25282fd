package fi.asiointipiste.visits.entity;

/** Where a visit is in the queue: WAITING → IN_SERVICE → DONE, or WAITING → NO_SHOW. */
public enum VisitStatus {
    WAITING,
    IN_SERVICE,
    DONE,
    NO_SHOW;

    public boolean canMoveTo(VisitStatus next) {
        return switch (this) {
            case WAITING -> next == IN_SERVICE || next == NO_SHOW;
            case IN_SERVICE -> next == DONE;
            case DONE, NO_SHOW -> false;
        };
    }
}
