package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.control.RuleSetCheck;
import java.util.List;

/** A rule set was refused because of the problems listed; nothing was saved. */
public class RuleSetRejected extends DocumentRefused {

    private final transient List<RuleSetCheck.Problem> problems;

    public RuleSetRejected(List<RuleSetCheck.Problem> problems) {
        this("rules.rejected", problems);
    }

    /** With another message than "fix the errors first", e.g. for failing test cases. */
    public RuleSetRejected(String key, List<RuleSetCheck.Problem> problems) {
        super(key, problems.isEmpty() ? "rule set rejected" : problems.get(0).message(), problems, (p, item) -> {
            item.put("error", p.error());
            item.put("code", p.code());
            item.put("message", p.message());
            item.put("rules", String.join(",", p.ruleIds()));
            item.put("column", p.column() == null ? "" : p.column());
        });
        this.problems = List.copyOf(problems);
    }

    public List<RuleSetCheck.Problem> problems() {
        return problems;
    }
}
