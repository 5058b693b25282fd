package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.control.RuleSetCheck;
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
 * One rule set (rules/rule-set.xhtml): its decision table in the coordinator's words with the check inline and its
 * test cases. The page's other sections are their own beans: a quick simulation ({@link RuleSetSimulationBacking}),
 * publishing or retiring ({@link PublishBacking}), copying into a new draft ({@link RuleCopyBacking}) and rolling
 * back ({@link RollbackBacking}). Supervisors read the page; only coordinators see and use the actions.
 */
@Named
@ViewScoped
public class RuleSetBacking implements Serializable {

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleDrafts drafts;

    @Inject
    RuleWords words;

    @Inject
    ServicePoints servicePoints;

    private Long id;
    private RuleSet set;
    private transient Workbench workbench;
    private transient ReadableTable readable;
    private List<RuleSetCheck.Problem> problems;

    /** f:viewAction. */
    public String load() {
        set = ruleSets.byId(id).orElse(null);
        if (set == null) {
            Messages.error("rules.notFound");
            Messages.keepForRedirect();
            return "/rules/index?faces-redirect=true";
        }
        problems = ruleSets.check(id);
        return null;
    }

    Workbench workbench() {
        if (workbench == null && id != null) {
            workbench = drafts.view(id);
        }
        return workbench;
    }

    /** The problems a refused publication named, shown in the check. */
    void problems(List<RuleSetCheck.Problem> refused) {
        problems = refused;
    }

    public boolean isDraft() {
        return set != null && set.getStatus() == RuleSetStatus.DRAFT;
    }

    public boolean isPublished() {
        return set != null && set.getStatus() == RuleSetStatus.PUBLISHED;
    }

    public List<ServicePoint> getAllServicePoints() {
        return servicePoints.all();
    }

    public RuleSet getSet() {
        return set;
    }

    public DecisionTable getTable() {
        return workbench() == null ? null : workbench().table();
    }

    /** The table in the reader's words, with the check's findings and the test cases by row. */
    public ReadableTable getReadable() {
        if (readable == null && getTable() != null) {
            readable = words.readable(getTable(), workbench().analysis());
        }
        return readable;
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

    /** Every other version, to compare this one with. */
    public List<RuleSet> getOthers() {
        return ruleSets.all().stream().filter(r -> !r.getId().equals(id)).toList();
    }

    public List<RuleSetCheck.Problem> getProblems() {
        return problems;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
