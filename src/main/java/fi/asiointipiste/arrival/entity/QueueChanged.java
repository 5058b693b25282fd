package fi.asiointipiste.arrival.entity;

/**
 * Something changed in a point's queue (a ticket issued, called, transferred or finished, a desk's status): fired in
 * the transaction of the change; the boards observe it after the commit and push the new state.
 */
public record QueueChanged(long servicePointId) {}
