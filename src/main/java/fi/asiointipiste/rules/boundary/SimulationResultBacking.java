package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.catalogue.boundary.FactLabels;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.routing.boundary.RuleRationale;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.RowExport;
import fi.asiointipiste.rules.control.SimulationTally;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The simulation page's result section: the scope in words, the level matrix's levels, the changed decisions'
 * exports, and for the one chosen both explanations side by side (only while it belongs to the run shown).
 */
@Named
@ViewScoped
public class SimulationResultBacking implements Serializable {

    @Inject
    SimulationBacking page;

    @Inject
    Simulations simulations;

    @Inject
    ServicePoints servicePoints;

    @Inject
    LocaleSelection locale;

    @Inject
    WorkbenchLabels labels;

    @Inject
    RuleSets ruleSets;

    @Inject
    FactLabels facts;

    private transient Simulations.SideBySide explained;
    private String explainedJobId;
    private final HashMap<String, HashMap<String, String>> ruleNames = new HashMap<>();

    public void explain(SimulationTally.Change change) {
        SimulationJob job = page.getJob();
        explained = job == null ? null : simulations.explain(job, change);
        explainedJobId = job == null ? null : job.getId();
    }

    /** Sends every changed decision as a CSV or XLSX download. */
    public void export(String format) throws IOException {
        SimulationJob job = page.getJob();
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
                : RuleRationale.in(locale.getLocale(), side.ruleId(), side.outputs());
    }

    /**
     * The side's rule by its name in the words of the version that decided: the version of that time for the
     * current side, the simulated one for the other (the id when the version does not name it).
     */
    public String ruleName(Simulations.Side side, boolean current) {
        SimulationJob job = page.getJob();
        Simulations.SideBySide shown = getExplained();
        if (side == null || side.ruleId() == null || job == null || shown == null) {
            return side == null || side.ruleId() == null ? "" : side.ruleId();
        }
        Long setId = current ? shown.change().currentSetId() : Long.valueOf(job.getRuleSetId());
        return ruleNames
                .computeIfAbsent(
                        setId + ":" + locale.getLanguage(),
                        key -> new HashMap<>(ruleSets.ruleNames(setId, locale.getLocale())))
                .getOrDefault(side.ruleId(), side.ruleId());
    }

    /** A condition that held, in words: the input's name and the test with its codes translated. */
    public String condition(Simulations.Condition condition) {
        return facts.condition(condition.column(), condition.test(), locale.getLocale());
    }

    /** The decision explained, while it belongs to the run on the page (a new run clears it). */
    public Simulations.SideBySide getExplained() {
        SimulationJob job = page.getJob();
        return job != null && job.getId().equals(explainedJobId) ? explained : null;
    }
}
