package fi.asiointipiste.audit.boundary;

/**
 * A user asked for a record of a service point they do not work at (a visit, an appointment), e.g. by typing its id
 * into an address or an API path. The feature that refuses fires this event; the attempt is recorded as
 * {@value AuditLog#OUT_OF_SCOPE} once the refused request's transaction has ended (rolled back with the refusal), in
 * a transaction of its own.
 *
 * @param actor      who asked
 * @param entityType what kind of record ("Visit", "Appointment")
 * @param entityId   its id
 * @param where      the point it belongs to, e.g. "point 12"
 */
public record OutOfScope(String actor, String entityType, long entityId, String where) {}
