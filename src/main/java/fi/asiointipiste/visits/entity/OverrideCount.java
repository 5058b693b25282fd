package fi.asiointipiste.visits.entity;

import fi.asiointipiste.routing.entity.SupportLevel;

/**
 * How many decided errands of one rule (of one rule set) had a given profile, recommended and applied level and
 * override reason: one row of the override counts coordinators learn from. {@code reason} is null where the clerk
 * kept the recommendation, {@code profile} where the visit had none.
 */
public record OverrideCount(
        Long ruleSetId,
        String ruleId,
        String profile,
        SupportLevel recommended,
        SupportLevel applied,
        OverrideReason reason,
        long count) {}
