package fi.asiointipiste.rules.entity;

/** DRAFT (editable) → PUBLISHED (immutable, applies from its effective time) → RETIRED (applies no more). */
public enum RuleSetStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
