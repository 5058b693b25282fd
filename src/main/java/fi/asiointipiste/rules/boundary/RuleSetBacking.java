package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Simulation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * One rule set (rules/rule-set.xhtml): its decision table in the coordinator's words with the check inline, its
 * test cases, a simulation on past visits, and publishing (the fields of {@link PublicationForm}) or retiring.
 * Copying into a new draft and rolling back are their own sections ({@link RuleCopyBacking},
 * {@link RollbackBacking}). Supervisors read the page; only coordinators see and use the actions.
 */
@Named
@ViewScoped
public class RuleSetBacking extends PublicationForm {

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleDrafts drafts;

    @Inject
    RuleWords words;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    private Long id;
    private RuleSet set;
    private transient Workbench workbench;
    private transient ReadableTable readable;
    private List<RuleSetCheck.Problem> problems;
    private Simulation simulation;

    /** f:viewAction. */
    public String load() {
        set = ruleSets.byId(id).orElse(null);
        if (set == null) {
            Messages.error("rules.notFound");
            Messages.keepForRedirect();
            return "/rules/index?faces-redirect=true";
        }
        problems = ruleSets.check(id);
        proposeStart(clock.now());
        return null;
    }

    public void simulate() {
        simulation = ruleSets.simulate(id);
    }

    public String publish() {
        List<ServicePoint> pilots = servicePoints.byIds(getPilotPointIds());
        return act(
                () -> ruleSets.publish(
                        id,
                        set.getVersion(),
                        effectiveFrom(clock.now()),
                        isAllPoints(),
                        pilots,
                        noteOr(set.getChangeNote())),
                "rules.publish.done");
    }

    public String retire() {
        return act(() -> ruleSets.retire(id, set.getVersion()), "rules.retire.done");
    }

    private String act(Runnable change, String doneKey) {
        try {
            change.run();
        } catch (RuleSetRejected rejected) {
            problems = rejected.problems(); // the page lists the problems; RefusalMessages shows the message
            throw rejected;
        }
        Messages.info(doneKey, set.getVersionNo());
        Messages.keepForRedirect();
        return "/rules/rule-set?faces-redirect=true&id=" + id;
    }

    Workbench workbench() {
        if (workbench == null && id != null) {
            workbench = drafts.view(id);
        }
        return workbench;
    }

    public boolean isDraft() {
        return set != null && set.getStatus() == RuleSetStatus.DRAFT;
    }

    public boolean isPublished() {
        return set != null && set.getStatus() == RuleSetStatus.PUBLISHED;
    }

    /** A draft without errors whose test cases all pass. */
    public boolean isPublishable() {
        return isDraft()
                && !RuleSetCheck.hasErrors(problems)
                && workbench().analysis().testsPass();
    }

    public List<SupportLevel> getLevels() {
        return List.of(SupportLevel.values());
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

    public Simulation getSimulation() {
        return simulation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
