package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Simulation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * One rule set (rules/rule-set.xhtml): its decision table, the check before publishing, a simulation on past
 * visits, and publishing (the fields of {@link PublicationForm}) or retiring.
 */
@Named
@ViewScoped
public class RuleSetBacking extends PublicationForm {

    @Inject
    RuleSets ruleSets;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    private Long id;
    private RuleSet set;
    private transient DecisionTable table;
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
        return act(() -> ruleSets.publish(id, set.getVersion(), getEffectiveFrom(), isAllPoints(), pilots),
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

    public boolean isDraft() {
        return set != null && set.getStatus() == RuleSetStatus.DRAFT;
    }

    public boolean isPublished() {
        return set != null && set.getStatus() == RuleSetStatus.PUBLISHED;
    }

    public boolean isPublishable() {
        return isDraft() && !RuleSetCheck.hasErrors(problems);
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
        if (table == null && set != null) {
            table = RuleSetCheck.read(set.getDmnXml());
        }
        return table;
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
