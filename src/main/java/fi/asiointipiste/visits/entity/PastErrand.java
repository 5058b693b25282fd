package fi.asiointipiste.visits.entity;

import fi.asiointipiste.routing.entity.SupportLevel;

/**
 * One errand of a {@link PastVisit} and the decision stored for it: the errand, its agency and the visit's
 * profile (codes), the level the engine recommended and the one the clerk applied (with the reason when they
 * differ), the rule set and rule that decided, and the facts it decided on. An errand the engine never decided
 * has no recommended level, rule or facts.
 */
public record PastErrand(
        long id,
        String task,
        String agency,
        String profile,
        SupportLevel recommended,
        SupportLevel applied,
        OverrideReason overrideReason,
        Long ruleSetId,
        String ruleId,
        String facts) {

    /** Whether the engine decided it, so it can be replayed. */
    public boolean decided() {
        return recommended != null && facts != null;
    }

    public boolean overridden() {
        return recommended != null && applied != null && recommended != applied;
    }
}
