package fi.asiointipiste.visits.entity;

/**
 * Fired synchronously after visits were written in bulk (plain JDBC, committed), bypassing the front desk and
 * therefore {@link VisitClosed}: whoever derives data from closed visits must recount it from the rows (statistics
 * rebuilds its aggregates). It lives here, beside {@link VisitClosed}, because the visits are what changed: the
 * loader (demo data) and the observer (statistics) both depend on {@code visits} already, and neither on the other.
 */
public record VisitsImported(long visits) {}
