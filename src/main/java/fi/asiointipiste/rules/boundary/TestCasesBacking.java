package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The test cases of a rule set (rules/test-cases.xhtml), each with its outcome on the set's table; deleting one.
 * The page's other sections: the form of one case ({@link TestCaseEditBacking}) and bringing cases in from past
 * visits or a CSV file ({@link TestImportBacking}); they tell this bean when the list has changed.
 */
@Named
@ViewScoped
public class TestCasesBacking implements Serializable {

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleDrafts drafts;

    @Inject
    TestCases testCases;

    @Inject
    RuleWords words;

    private Long id;
    private transient Workbench workbench;

    /** f:viewAction. */
    public String load() {
        if (id == null || ruleSets.byId(id).isEmpty()) {
            Messages.error("rules.notFound");
            Messages.keepForRedirect();
            return "/rules/index?faces-redirect=true";
        }
        workbench = drafts.view(id);
        return null;
    }

    Workbench workbench() {
        if (workbench == null) {
            workbench = drafts.view(id);
        }
        return workbench;
    }

    /** The cases changed: read them and their outcomes again. */
    void changed() {
        workbench = null;
    }

    public void delete(long caseId) {
        TestCase c = testCases.byId(caseId).orElse(null);
        if (c != null) {
            testCases.delete(caseId, c.getVersion());
            Messages.info("rules.tests.deleted");
        }
        changed();
    }

    public boolean isDraft() {
        return getSet().getStatus() == RuleSetStatus.DRAFT;
    }

    public RuleSet getSet() {
        return workbench().set();
    }

    public List<TestCase> getCases() {
        return workbench().cases();
    }

    public Map<Long, TestOutcome> getOutcomes() {
        return workbench().analysis().outcomeByCase();
    }

    public long getFailing() {
        return workbench().analysis().failing();
    }

    public ReadableTable getReadable() {
        return words.readable(workbench().table(), workbench().analysis());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
