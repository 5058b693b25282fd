package fi.asiointipiste.arrival.entity;

/**
 * One errand of a ticket: OFFERED (routed to self-service; the terminal offers guidance and the customer terminal),
 * SELF_SERVICE (the customer does it themselves), OPEN (in the queue for a desk), HANDLED (served at a desk before
 * the rest of the ticket was transferred elsewhere).
 */
public enum ErrandState {
    OFFERED,
    SELF_SERVICE,
    OPEN,
    HANDLED
}
