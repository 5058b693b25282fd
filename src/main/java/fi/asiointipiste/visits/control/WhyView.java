package fi.asiointipiste.visits.control;

import fi.asiointipiste.routing.boundary.RuleRationale;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The "why?" of one recommendation for the page: the facts, the deciding rule, its conditions and the rationale
 * in the clerk's language ({@link RuleRationale}).
 */
public class WhyView implements Serializable {

    private final List<String> facts;
    private final String ruleId;
    private final String rationale;
    private final List<String> conditions;

    public WhyView(Explanation explanation, Locale locale) {
        this.facts = explanation.facts().entrySet().stream()
                .map(e -> e.getKey() + " = " + FeelValues.toFeel(e.getValue())).toList();
        Explanation.RuleTrace selected = explanation.rules().stream().filter(Explanation.RuleTrace::selected)
                .findFirst().orElse(null);
        this.ruleId = selected == null ? "" : selected.ruleId();
        this.rationale = explanation.decision().isError() ? ""
                : RuleRationale.in(locale, ruleId, explanation.decision().outputs());
        this.conditions = selected == null ? List.of() : selected.conditions().stream()
                .filter(c -> !c.test().isBlank() && !c.test().trim().equals("-"))
                .map(c -> c.column() + " " + c.test().trim()).toList();
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
