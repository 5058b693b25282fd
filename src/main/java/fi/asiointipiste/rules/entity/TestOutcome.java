package fi.asiointipiste.rules.entity;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.io.Serializable;

/**
 * What a rule set decided for one test case: the level, agency and mode it gave and the rule that gave them, or
 * the engine's error code (no rule matched, a fact the table does not allow, a table that cannot run).
 */
public record TestOutcome(
        long caseId, boolean passed, SupportLevel level, String agency, String mode, String ruleId, String error)
        implements Serializable {

    public boolean isPassed() {
        return passed;
    }

    public SupportLevel getLevel() {
        return level;
    }

    public String getAgency() {
        return agency;
    }

    public String getMode() {
        return mode;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getError() {
        return error;
    }
}
