package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.TargetKind;
import java.io.Serializable;

/**
 * Where the clerk sends a ticket: {@code ANY} back to the queue (its place kept), {@code DESK} another desk of the
 * point, {@code CLERK} a clerk of the point, {@code AGENCY} the specialist desks of an agency at the point.
 */
public record TransferTo(TargetKind kind, Long deskId, Long clerkId, String agencyCode) implements Serializable {}
