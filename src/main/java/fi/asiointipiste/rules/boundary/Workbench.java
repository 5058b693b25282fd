package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.TestCase;
import java.util.List;

/**
 * A rule set as the workbench shows it after every change: the set (status, version for the next edit, undo), its
 * table, its test cases and the analysis of both (problems by row, unused values, each case's outcome). When the
 * stored document cannot be read at all (an imported draft), {@code table} is null and the analysis holds the
 * reader's problem.
 */
public record Workbench(RuleSet set, DecisionTable table, List<TestCase> cases, DraftAnalysis analysis) {

    public boolean publishable() {
        return table != null && !analysis.hasErrors() && analysis.testsPass();
    }
}
