package fi.asiointipiste.visits.entity;

/** How a visit task ended at the desk. The desk assists: an agency's decision is never recorded here. */
public enum TaskOutcome {
    /** The errand was completed today (for example the application was sent). */
    DONE,
    /** Handed over to an agency or another service. */
    REFERRED,
    /** Continues on a follow-up date. */
    CONTINUES,
    /** Could not be done (for example a missing document). */
    NOT_POSSIBLE
}
