package fi.asiointipiste.visits.entity;

/** Why a clerk applied another support level than the engine recommended. */
public enum OverrideReason {
    CUSTOMER_WISH,
    LANGUAGE_NEED,
    HEALTH_OR_ABILITY,
    MISSING_DOCUMENTS,
    TECHNICAL_PROBLEM,
    URGENCY,
    OTHER
}
