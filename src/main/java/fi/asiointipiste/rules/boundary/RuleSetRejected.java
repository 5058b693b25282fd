package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.rules.control.RuleSetCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule set was refused because of the problems listed; nothing was saved. */
public class RuleSetRejected extends RefusedAction {

    private final transient List<RuleSetCheck.Problem> problems;

    public RuleSetRejected(List<RuleSetCheck.Problem> problems) {
        this("rules.rejected", problems);
    }

    /** With another message than "fix the errors first", e.g. for failing test cases. */
    public RuleSetRejected(String key, List<RuleSetCheck.Problem> problems) {
        super(key, problems.isEmpty() ? "rule set rejected" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<RuleSetCheck.Problem> problems() {
        return problems;
    }

    /** The document could be read but not accepted: 422 Unprocessable Content. */
    @Override
    public int status() {
        return 422;
    }

    @Override
    public List<Map<String, Object>> details() {
        return problems.stream()
                .map(p -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("error", p.error());
                    item.put("code", p.code());
                    item.put("message", p.message());
                    item.put("rules", String.join(",", p.ruleIds()));
                    item.put("column", p.column() == null ? "" : p.column());
                    return item;
                })
                .toList();
    }
}
