package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.boundary.Simulation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.visits.boundary.DecisionHistory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule set: its decision table, the check before publishing, a simulation on the last 90 days of visits,
 * and publishing (all points or pilot points, from a chosen time) or retiring.
 */
@Named
@ViewScoped
public class RuleSetBacking implements Serializable {

    @Inject
    RuleSets ruleSets;

    @Inject
    Routing routing;

    @Inject
    DecisionHistory decisions;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    private Long id;
    private RuleSet set;
    private transient DecisionTable table;
    private List<RuleSetCheck.Problem> problems;
    private Simulation simulation;
    private LocalDateTime effectiveFrom;
    private boolean allPoints = true;
    private List<Long> pilotPointIds = new ArrayList<>();

    /** f:viewAction. */
    public String load() {
        set = ruleSets.byId(id).orElse(null);
        if (set == null) {
            Messages.error("rules.notFound");
            Messages.keepForRedirect();
            return "/rules/index?faces-redirect=true";
        }
        table = RuleSetCheck.read(set.getDmnXml());
        problems = ruleSets.check(id);
        if (effectiveFrom == null) {
            effectiveFrom = clock.now().plusMinutes(5).withSecond(0);
        }
        return null;
    }

    public void simulate() {
        LocalDateTime now = clock.now();
        simulation = routing.simulate(set.table(), decisions.between(now.minusDays(90), now));
    }

    public String publish() {
        List<ServicePoint> pilots = servicePoints.all().stream().filter(p -> pilotPointIds.contains(p.getId())).toList();
        return act(() -> ruleSets.publish(id, set.getVersion(), effectiveFrom, allPoints, pilots), "rules.publish.done");
    }

    public String retire() {
        return act(() -> ruleSets.retire(id, set.getVersion()), "rules.retire.done");
    }

    private String act(Runnable change, String doneKey) {
        try {
            change.run();
            Messages.info(doneKey, set.getVersionNo());
            Messages.keepForRedirect();
            return "/rules/rule-set?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            Throwable refusal = Causes.firstOf(e, RuleSetRejected.class, RefusedAction.class,
                    OptimisticLockException.class).orElseThrow(() -> e);
            if (refusal instanceof RuleSetRejected rejected) {
                problems = rejected.problems();
                Messages.error("rules.rejected");
            } else if (refusal instanceof RefusedAction refused) {
                Messages.error(refused.key());
            } else {
                Messages.error("general.conflict");
            }
            return null;
        }
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

    public LocalDateTime getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDateTime effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public boolean isAllPoints() {
        return allPoints;
    }

    public void setAllPoints(boolean allPoints) {
        this.allPoints = allPoints;
    }

    public List<Long> getPilotPointIds() {
        return pilotPointIds;
    }

    public void setPilotPointIds(List<Long> pilotPointIds) {
        this.pilotPointIds = pilotPointIds;
    }
}
