package fi.asiointipiste.catalogue.entity;

/** The quadrants of the workshop's empathy map, plus the pains and gains below it. */
public enum EmpathyAspect {
    THINKS_FEELS,
    SEES,
    HEARS,
    SAYS_DOES,
    PAINS,
    GAINS
}
