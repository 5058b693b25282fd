package fi.asiointipiste.visits.entity;

import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.SupportLevel;

/**
 * An errand of one visit with the decision that routed it, as a parking-lot note shows it: the errand (code and
 * name), the recommended and applied level and override reason, and the rule set (id and version number) and rule
 * that decided. Rule fields are null for an errand the engine did not decide.
 */
public record ErrandDecision(
        long visitId,
        String taskCode,
        LocalizedText taskName,
        SupportLevel recommended,
        SupportLevel applied,
        OverrideReason overrideReason,
        Long ruleSetId,
        Integer ruleSetVersion,
        String ruleId)
        implements java.io.Serializable {

    public boolean isOverridden() {
        return recommended != null && applied != null && recommended != applied;
    }

    public SupportLevel getRecommended() {
        return recommended;
    }

    public SupportLevel getApplied() {
        return applied;
    }

    public OverrideReason getOverrideReason() {
        return overrideReason;
    }

    public LocalizedText getTaskName() {
        return taskName;
    }

    public String getTaskCode() {
        return taskCode;
    }

    public Long getRuleSetId() {
        return ruleSetId;
    }

    public Integer getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getRuleId() {
        return ruleId;
    }
}
