package fi.asiointipiste.routing.entity;

/**
 * How much help a visit task gets, from least to most. The order matters: an interpreter need or a
 * clerk's judgement only ever moves a task up this list, and statistics report it in this order.
 */
public enum SupportLevel {
    /** The customer does it in the agency's online service; the desk points the way. */
    SELF_SERVICE,
    /** The customer does it with a clerk or specialist beside them. */
    GUIDED,
    /** Staff do the steps with and for the customer. */
    FULL_ASSISTANCE
}
