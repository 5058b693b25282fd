package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an override proposal into an edited copy of a decision table: the rule's support level changed, or a new
 * rule inserted just above it, narrowed to one profile, giving the proposed level. Every other rule, column and
 * setting stays as it was. The rationale columns (rationale and any rationale_fi/_sv/_en) of the changed or new
 * rule get the given texts, so the clerk reads why the rule says what it says.
 */
public final class ProposalEdit {

    private ProposalEdit() {}

    /** The edit cannot be made on this table (the reason in English; the caller refuses with its own message). */
    public static final class NotApplicable extends RuntimeException {
        public NotApplicable(String englishText) {
            super(englishText);
        }
    }

    /**
     * @param rationales output column name → the text to write there (e.g. {@code rationale_fi} → Finnish);
     *                   columns the table does not have are ignored
     */
    public static DecisionTable apply(
            DecisionTable table, OverridePatterns.Proposal proposal, Map<String, String> rationales) {
        int levelColumn = table.outputIndex("supportLevel");
        if (levelColumn < 0) {
            throw new NotApplicable("the table has no supportLevel output");
        }
        int at = indexOf(table, proposal.ruleId());
        if (at < 0) {
            throw new NotApplicable("the table has no rule " + proposal.ruleId());
        }
        Rule rule = table.rules().get(at);
        List<String> outputs = new ArrayList<>(rule.outputEntries());
        outputs.set(levelColumn, literal(proposal.to().name()));
        rationales.forEach((column, text) -> {
            int c = table.outputIndex(column);
            if (c >= 0) {
                outputs.set(c, literal(text));
            }
        });
        List<Rule> rules = new ArrayList<>(table.rules());
        if (proposal.kind() == OverridePatterns.Kind.CHANGE_LEVEL) {
            rules.set(at, new Rule(rule.id(), rule.inputEntries(), outputs, rule.description(), rule.annotations()));
        } else {
            int profileColumn = table.inputIndex("profile");
            if (profileColumn < 0 || proposal.profile() == null) {
                throw new NotApplicable("the table has no profile input to narrow the rule by");
            }
            List<String> inputs = new ArrayList<>(rule.inputEntries());
            inputs.set(profileColumn, literal(proposal.profile()));
            rules.add(
                    at,
                    new Rule(
                            newId(
                                    table,
                                    rule.id() + "-"
                                            + proposal.profile().toLowerCase().replace('_', '-')),
                            inputs,
                            outputs,
                            rule.description(),
                            rule.annotations()));
        }
        return new DecisionTable(
                table.identity(),
                table.hitPolicy(),
                table.aggregation(),
                table.inputs(),
                table.outputs(),
                table.annotationNames(),
                rules);
    }

    private static int indexOf(DecisionTable table, String ruleId) {
        for (int i = 0; i < table.rules().size(); i++) {
            if (table.rules().get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    private static String newId(DecisionTable table, String wanted) {
        String id = wanted;
        for (int n = 2; indexOf(table, id) >= 0; n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    /** A FEEL string literal. */
    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
