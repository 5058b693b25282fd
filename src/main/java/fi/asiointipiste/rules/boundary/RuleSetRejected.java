package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.control.RuleSetCheck;
import java.util.List;

/** A rule set was refused because of the problems listed; nothing was saved. */
public class RuleSetRejected extends RuntimeException {

    private final transient List<RuleSetCheck.Problem> problems;

    public RuleSetRejected(List<RuleSetCheck.Problem> problems) {
        super(problems.isEmpty() ? "rule set rejected" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<RuleSetCheck.Problem> problems() {
        return problems;
    }
}
