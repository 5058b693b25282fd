package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.FactLabels;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.visits.control.TaskForms;
import fi.asiointipiste.visits.control.WhyView;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The "why?" of each task's recommendation on front-desk/visit.xhtml: decided again from the task's stored facts
 * with the rule set that decided then, once per opening, and shown in the clerk's language.
 */
@Named
@ViewScoped
public class ExplanationsBacking implements Serializable {

    @Inject
    Routing routing;

    @Inject
    LocaleSelection locale;

    @Inject
    FactLabels labels;

    private final TaskForms<WhyView> shown = new TaskForms<>();

    /** Opens the task's "why?", or closes it. */
    public void why(VisitTask task) {
        shown.toggle(
                task,
                t -> t.getRuleSetId() == null
                        ? null
                        : new WhyView(
                                routing.explain(t.getRuleSetId(), t.getDecisionFacts()), locale.getLocale(), labels));
    }

    public WhyView whyOf(VisitTask task) {
        return shown.shown(task);
    }
}
