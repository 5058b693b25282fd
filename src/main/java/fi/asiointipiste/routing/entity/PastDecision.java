package fi.asiointipiste.routing.entity;

/** One stored decision to replay in a simulation: the facts it was made on and the level recommended then. */
public record PastDecision(String facts, SupportLevel recommended) {}
