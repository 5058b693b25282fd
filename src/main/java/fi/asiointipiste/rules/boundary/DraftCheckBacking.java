package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.UnusedValues;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The check of the draft on the editor page (the summary badges and the lists under them): errors and warnings,
 * the problems that belong to no row, the failing test cases, the allowed values no rule uses, and whether the draft
 * can be published. Reads the draft of {@link DraftBacking}.
 */
@Named
@ViewScoped
public class DraftCheckBacking implements Serializable {

    @Inject
    DraftBacking draft;

    private DraftAnalysis analysis() {
        return draft.getAnalysis();
    }

    /** The problems that belong to no row: gaps with their example, what routing needs. */
    public List<RuleSetCheck.Problem> getTableWide() {
        return analysis().tableWide();
    }

    public List<UnusedValues.Unused> getUnused() {
        return analysis().unused();
    }

    public long getErrors() {
        return analysis().errors();
    }

    public long getWarnings() {
        return analysis().warnings();
    }

    public int getCaseCount() {
        return draft.workbench().cases().size();
    }

    public long getFailing() {
        return analysis().failing();
    }

    /** The failing test cases with their outcome, for the list under the check. */
    public List<DraftAnalysis.Failing> getFailures() {
        return analysis().failing(draft.workbench().cases());
    }

    public boolean isPublishable() {
        return draft.workbench().publishable();
    }
}
