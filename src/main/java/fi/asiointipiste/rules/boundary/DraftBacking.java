package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.UnusedValues;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TableEdit;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The draft on the editor page (rules/editor.xhtml): the table as last saved, its analysis and test outcomes, the
 * draft's version for the next edit, undo, the hit policy and reloading. The page's sections (cells, rules, columns)
 * edit through {@link #apply(TableEdit)}, so every edit goes through one place.
 */
@Named
@ViewScoped
public class DraftBacking implements Serializable {

    @Inject
    RuleDrafts drafts;

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleWords words;

    private Long id;
    private String hitPolicy;
    private transient Workbench workbench;
    private transient ReadableTable readable;

    /** f:viewAction: the draft, or back to the version's own page when it is not (or no longer) a draft. */
    public String load() {
        if (id == null || ruleSets.byId(id).isEmpty()) {
            Messages.error("rules.notFound");
            Messages.keepForRedirect();
            return "/rules/index?faces-redirect=true";
        }
        refresh(drafts.view(id));
        if (workbench.set().getStatus() != RuleSetStatus.DRAFT) {
            Messages.error("rules.notDraft");
            Messages.keepForRedirect();
            return "/rules/rule-set?faces-redirect=true&id=" + id;
        }
        return null;
    }

    /**
     * Saves one edit made on the table as shown. When a colleague saved the draft meanwhile the edit is refused as
     * a conflict; the page then shows their version (caught to reload, and passed on for the message).
     */
    public void apply(TableEdit edit) {
        try {
            refresh(drafts.edit(id, workbench().set().getVersion(), edit));
        } catch (RuntimeException e) {
            if (Causes.firstOf(e, OptimisticLockException.class).isPresent()) {
                reload();
            }
            throw e;
        }
    }

    public void undo() {
        try {
            refresh(drafts.undo(id, workbench().set().getVersion()));
            Messages.info("rules.undo.done");
        } catch (RuntimeException e) {
            if (Causes.firstOf(e, OptimisticLockException.class).isPresent()) {
                reload();
            }
            throw e;
        }
    }

    public void changeHitPolicy() {
        apply(new TableEdit.SetHitPolicy(HitPolicy.valueOf(hitPolicy)));
        Messages.info("rules.edit.saved");
    }

    /** Shows the draft as saved now (e.g. after a colleague's change). */
    public void reload() {
        refresh(drafts.view(id));
    }

    void refresh(Workbench w) {
        workbench = w;
        readable = null;
        hitPolicy = w.table() == null ? null : w.table().hitPolicy().name();
    }

    Workbench workbench() {
        if (workbench == null) {
            reload();
        }
        return workbench;
    }

    public RuleSet getSet() {
        return workbench().set();
    }

    public DecisionTable getTable() {
        return workbench().table();
    }

    public DraftAnalysis getAnalysis() {
        return workbench().analysis();
    }

    public ReadableTable getReadable() {
        if (readable == null && getTable() != null) {
            readable = words.readable(getTable(), getAnalysis());
        }
        return readable;
    }

    /** The problems that belong to no row: gaps with their example, what routing needs. */
    public List<RuleSetCheck.Problem> getTableWide() {
        return getAnalysis().tableWide();
    }

    public List<UnusedValues.Unused> getUnused() {
        return getAnalysis().unused();
    }

    public long getErrors() {
        return getAnalysis().problems().stream()
                .filter(RuleSetCheck.Problem::error)
                .count();
    }

    public long getWarnings() {
        return getAnalysis().problems().stream().filter(p -> !p.error()).count();
    }

    public int getCaseCount() {
        return workbench().cases().size();
    }

    public long getFailing() {
        return getAnalysis().failing();
    }

    /** The failing test cases with their outcome, for the list under the check. */
    public List<Failure> getFailures() {
        Map<Long, TestOutcome> outcomes = getAnalysis().outcomeByCase();
        List<Failure> failures = new ArrayList<>();
        for (TestCase c : workbench().cases()) {
            TestOutcome o = outcomes.get(c.getId());
            if (o != null && !o.passed()) {
                failures.add(new Failure(c, o));
            }
        }
        return failures;
    }

    /** A failing case and what the table gave instead. */
    public record Failure(TestCase testCase, TestOutcome outcome) {
        public TestCase getTestCase() {
            return testCase;
        }

        public TestOutcome getOutcome() {
            return outcome;
        }
    }

    public boolean isPublishable() {
        return workbench().publishable();
    }

    public List<HitPolicy> getHitPolicies() {
        return List.of(HitPolicy.FIRST, HitPolicy.UNIQUE, HitPolicy.PRIORITY, HitPolicy.ANY);
    }

    public String getHitPolicy() {
        return hitPolicy;
    }

    public void setHitPolicy(String hitPolicy) {
        this.hitPolicy = hitPolicy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
