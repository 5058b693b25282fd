package fi.asiointipiste.visits.entity;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.time.LocalDateTime;

/**
 * A routing decision as stored with a visit task: the facts it was made on and what it recommended (level, the
 * agency taking part – null for none – and the mode), with the visit's arrival. Routing facts only, never a name
 * or identity code.
 */
public record StoredDecision(String facts, SupportLevel level, String agencyCode, String mode, LocalDateTime at) {}
