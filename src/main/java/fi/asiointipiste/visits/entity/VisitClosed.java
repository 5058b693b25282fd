package fi.asiointipiste.visits.entity;

/**
 * Fired synchronously, inside the closing transaction, when a visit reaches DONE or NO_SHOW. Observers
 * (statistics aggregates) take part in the same transaction, so their figures commit or roll back with the visit.
 */
public record VisitClosed(long visitId, long servicePointId) {}
