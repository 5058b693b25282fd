package fi.asiointipiste.visits.entity;

/**
 * A point's visits of today changed: a visit arrived (walk-in, phone or video, check-in at the terminal or from an
 * appointment), or a clerk called or took one over. Fired inside the change's transaction; the queue pages hear of it
 * after the commit ({@code visits.boundary.QueuePush}). Closings and no-shows are {@link VisitClosed}.
 */
public record VisitsChanged(long servicePointId) {}
