package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.UnusedValues;
import fi.asiointipiste.rules.control.Wordings;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableEdit;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Editing a draft as a table. Every edit reads the stored DMN into the engine's {@link DecisionTable}, applies one
 * {@link TableEdit} (writing a rule's words, or copying a rule, first gives every rule its words in fi/sv/en, so that
 * the front desk shows a copy's rationale translated, see {@link RuleWording}), writes the result back as DMN XML through the draft's optimistic lock (a colleague's save in
 * between is a conflict, never a lost edit), keeps the table before for one step of undo, audits the edit, and
 * answers the table re-analysed with every test case run on it.
 */
@ApplicationScoped
@Transactional
public class RuleDrafts {

    @Inject
    RuleSets ruleSets;

    @Inject
    AuditLog audit;

    @Inject
    RuleAccess access;

    /** The set with its table, test cases and their analysis (any status; for reading too). */
    public Workbench view(Long id) {
        RuleSet set = ruleSets.byId(id).orElseThrow(() -> RuleSets.notFound(id));
        return analysed(set);
    }

    /** Applies one edit to a draft seen at {@code expectedVersion}. */
    public Workbench edit(Long id, long expectedVersion, TableEdit edit) {
        access.requireCoordinator();
        RuleSet set = ruleSets.current(id, expectedVersion);
        DecisionTable table = RuleSetCheck.read(set.getDmnXml());
        if (edit instanceof TableEdit.SetWording || edit instanceof TableEdit.CopyRule) {
            DecisionTable before = table;
            table = RuleWording.materialize(table, r -> Wordings.shown(before, r));
        }
        DecisionTable edited = edit.apply(table);
        if (edit instanceof TableEdit.CopyRule copy) { // the copy keeps the clerk's words, its name says it is a copy
            edited = RuleWording.setWording(
                    edited, copy.rule() + 1, Wordings.copyOf(Wordings.shown(table, copy.rule())));
        }
        set.edit(DmnWriter.write(edited), edit.describe());
        audit.record("RULE_SET_EDITED", "RuleSet", set.getVersionNo(), null, edit.describe());
        List<TestCase> cases = ruleSets.testCases(set);
        return new Workbench(set, edited, cases, DraftAnalysis.of(edited, cases));
    }

    /** Brings back the draft's table as it was before its last edit. */
    public Workbench undo(Long id, long expectedVersion) {
        access.requireCoordinator();
        RuleSet set = ruleSets.current(id, expectedVersion);
        String undone = set.getLastEdit();
        set.undo();
        audit.record("RULE_SET_UNDONE", "RuleSet", set.getVersionNo(), undone, null);
        return analysed(set);
    }

    /**
     * Brings back an earlier table of the draft that the editor kept for its multi-step undo and redo (see
     * {@code DraftHistory}); the one step of {@link #undo} then goes back to the table before this.
     */
    public Workbench restore(Long id, long expectedVersion, String dmnXml, String description) {
        access.requireCoordinator();
        RuleSet set = ruleSets.current(id, expectedVersion);
        set.edit(dmnXml, description);
        audit.record("RULE_SET_UNDONE", "RuleSet", set.getVersionNo(), null, description);
        return analysed(set);
    }

    /**
     * Replaces a draft's table with an imported DMN document (the change note stays). A document the engine cannot
     * read is refused with its problems, each naming the rule it concerns where it can, and nothing changes.
     */
    public Workbench replaceTable(Long id, long expectedVersion, String dmnXml) {
        access.requireCoordinator();
        RuleSet set = ruleSets.current(id, expectedVersion);
        List<RuleSetCheck.Problem> unreadable = RuleSets.readProblems(dmnXml);
        if (!unreadable.isEmpty()) {
            throw new RuleSetRejected("rules.import.rejected", unreadable);
        }
        set.edit(dmnXml, "replaced the table with an imported DMN document");
        audit.record("RULE_SET_REVISED", "RuleSet", set.getVersionNo(), null, "imported DMN document");
        return analysed(set);
    }

    private Workbench analysed(RuleSet set) {
        List<TestCase> cases = ruleSets.testCases(set);
        DecisionTable table;
        try {
            table = RuleSetCheck.read(set.getDmnXml());
        } catch (EngineException e) {
            return new Workbench(
                    set,
                    null,
                    cases,
                    new DraftAnalysis(
                            RuleSetCheck.problemsOf(set.getDmnXml()),
                            List.<UnusedValues.Unused>of(),
                            cases.stream()
                                    .map(c -> new TestOutcome(c.getId(), false, null, null, null, null, "TABLE_ERRORS"))
                                    .toList()));
        }
        return new Workbench(set, table, cases, DraftAnalysis.of(table, cases));
    }
}
