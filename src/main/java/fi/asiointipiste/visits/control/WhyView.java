package fi.asiointipiste.visits.control;

import fi.asiointipiste.catalogue.boundary.FactLabels;
import fi.asiointipiste.routing.boundary.RuleRationale;
import fi.asiointipiste.routing.engine.explain.Explanation;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The "why?" of one recommendation for the page: the known facts, the deciding rule, its conditions and the
 * rationale in the clerk's language ({@link RuleRationale}), facts and conditions with their translated labels
 * ({@link FactLabels}) rather than the engine's codes.
 */
public class WhyView implements Serializable {

    private final List<String> facts;
    private final String ruleId;
    private final String rationale;
    private final List<String> conditions;

    public WhyView(Explanation explanation, Locale locale, FactLabels labels) {
        // Facts nobody knew (null) say nothing about the decision: left out.
        this.facts = explanation.facts().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> labels.fact(e.getKey(), e.getValue(), locale))
                .toList();
        Explanation.RuleTrace selected = explanation.rules().stream()
                .filter(Explanation.RuleTrace::selected)
                .findFirst()
                .orElse(null);
        this.ruleId = selected == null ? "" : selected.ruleId();
        this.rationale = explanation.decision().isError()
                ? ""
                : RuleRationale.in(locale, ruleId, explanation.decision().outputs());
        this.conditions = selected == null
                ? List.of()
                : selected.conditions().stream()
                        .filter(c -> !c.test().isBlank() && !c.test().trim().equals("-"))
                        .map(c -> labels.condition(c.column(), c.test(), locale))
                        .toList();
    }

    public List<String> getFacts() {
        return facts;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getRationale() {
        return rationale;
    }

    public List<String> getConditions() {
        return conditions;
    }
}
