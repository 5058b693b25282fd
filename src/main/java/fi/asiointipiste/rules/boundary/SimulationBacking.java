package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.RowExport;
import fi.asiointipiste.rules.control.SimulationTally;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The simulation page (rules/simulation.xhtml?id=…): which rule set, period and service points; the run's progress
 * and cancel; its result, the changed decisions and, for the one chosen, both explanations side by side; exports.
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

    @Inject
    LocaleSelection locale;

    @Inject
    WorkbenchLabels labels;

    private Long id;
    private LocalDate from;
    private LocalDate until;
    private List<Long> pointIds = new ArrayList<>();
    private String jobId;
    private transient Simulations.SideBySide explained;
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
        explained = null;
        jobId = simulations.start(id, from, until, pointIds).getId();
    }

    public void cancel() {
        SimulationJob job = getJob();
        if (job != null) {
            simulations.cancel(job.getId());
        }
    }

    public void explain(SimulationTally.Change change) {
        SimulationJob job = getJob();
        explained = job == null ? null : simulations.explain(job, change);
    }

    /** Sends every changed decision as a CSV or XLSX download. */
    public void export(String format) throws IOException {
        SimulationJob job = getJob();
        if (job == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("xlsx".equals(format) ? RowExport.XLSX_TYPE : RowExport.CSV_TYPE);
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"simulation-v" + job.getRuleSetVersion() + "-" + job.getFrom() + "-"
                        + job.getUntil() + "." + format + "\"");
        simulations.export(job, format, locale.getLocale(), labels, external.getResponseOutputStream());
        faces.responseComplete();
    }

    public SimulationJob getJob() {
        return jobId == null ? null : simulations.job(jobId).orElse(null);
    }

    public boolean isRunning() {
        SimulationJob job = getJob();
        return job != null && job.isRunning();
    }

    public List<RuleSet> getRuleSets() {
        return ruleSets.all();
    }

    public List<ServicePoint> getAllPoints() {
        return servicePoints.all();
    }

    public String pointNames(List<Long> ids) {
        Map<Long, String> names = servicePoints.all().stream()
                .collect(Collectors.toMap(ServicePoint::getId, ServicePoint::getMunicipality));
        return ids.stream().map(names::get).collect(Collectors.joining(", "));
    }

    public List<SupportLevel> getLevels() {
        return List.of(SupportLevel.values());
    }

    /** The side's rule rationale in the user's language (routing's own translation rules). */
    public String rationale(Simulations.Side side) {
        return side == null || side.ruleId() == null
                ? ""
                : fi.asiointipiste.routing.boundary.RuleRationale.in(locale.getLocale(), side.ruleId(), side.outputs());
    }

    public Simulations.SideBySide getExplained() {
        return explained;
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
