package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;

/**
 * The engine's recommendation for one visit task: support level, the agency whose staff take part (null for
 * none), the mode and flow to follow, a rationale for the clerk, and the rule set and rule that decided.
 */
public record Recommendation(
        SupportLevel level,
        String agencyCode,
        String mode,
        String flow,
        String rationale,
        long ruleSetId,
        int ruleSetVersion,
        String ruleId,
        RoutingFacts facts) {

    public SupportLevel getLevel() {
        return level;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getMode() {
        return mode;
    }

    public String getFlow() {
        return flow;
    }

    public String getRationale() {
        return rationale;
    }

    public String getRuleId() {
        return ruleId;
    }

    public int getRuleSetVersion() {
        return ruleSetVersion;
    }
}
