package fi.asiointipiste.visits.entity;

/**
 * Fired synchronously, inside the closing transaction, when the clerk closes a visit with a note for the parking
 * lot (an idea or a problem for supervisors and coordinators to follow up). The feedback feature keeps the notes,
 * so the note commits or rolls back with the visit.
 */
public record ParkingLotNoteWritten(long servicePointId, long visitId, String text) {}
