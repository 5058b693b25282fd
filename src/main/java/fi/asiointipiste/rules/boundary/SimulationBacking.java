package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulation page (rules/simulation.xhtml?id=…): which rule set, period and service points; the run, its
 * progress and cancel. The result section (explanations side by side, exports) is {@link SimulationResultBacking}'s.
 */
@Named
@ViewScoped
public class SimulationBacking implements Serializable {

    @Inject
    Simulations simulations;

    @Inject
    RuleSets ruleSets;

    @Inject
    ServicePoints servicePoints;

    private static final String RUNNING = SimulationBacking.class.getName() + ".running";

    private Long id;
    private LocalDate from;
    private LocalDate until;
    private List<Long> pointIds = new ArrayList<>();
    private String jobId;
    private boolean loaded;

    /** f:viewAction: the set from ?id= (else the newest draft, else the newest version) and its default scope. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<RuleSet> all = ruleSets.all();
        RuleSet set = ruleSets.byId(id).orElse(null);
        if (set == null) {
            if (id != null) {
                Messages.error("rules.notFound");
            }
            set = all.stream()
                    .filter(r -> r.getStatus() == RuleSetStatus.DRAFT)
                    .findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
        }
        id = set == null ? null : set.getId();
        pointIds = new ArrayList<>(simulations.defaultPoints(set));
        from = simulations.defaultFrom();
        until = simulations.defaultUntil();
    }

    public void start() {
        jobId = simulations.start(id, from, until, pointIds).getId();
        FacesContext.getCurrentInstance().getAttributes().remove(RUNNING);
    }

    public void cancel() {
        SimulationJob job = getJob();
        if (job != null) {
            simulations.cancel(job.getId());
        }
        FacesContext.getCurrentInstance().getAttributes().remove(RUNNING);
    }

    public SimulationJob getJob() {
        return jobId == null ? null : simulations.job(jobId).orElse(null);
    }

    /**
     * Whether the run goes on, read once per request's rendering (start and cancel read it again): a poll renders the
     * start button before the run's panel, and a run ending between the two left the button disabled with no poll
     * left to enable it.
     */
    public boolean isRunning() {
        return (Boolean) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(RUNNING, k -> {
            SimulationJob job = getJob();
            return job != null && job.isRunning();
        });
    }

    public List<RuleSet> getRuleSets() {
        return ruleSets.all();
    }

    public List<ServicePoint> getAllPoints() {
        return servicePoints.all();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public List<Long> getPointIds() {
        return pointIds;
    }

    public void setPointIds(List<Long> pointIds) {
        this.pointIds = pointIds;
    }
}
