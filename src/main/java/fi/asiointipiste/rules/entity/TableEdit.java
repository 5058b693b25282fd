package fi.asiointipiste.rules.entity;

import fi.asiointipiste.routing.engine.Aggregation;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.Rule;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.compile.TableParser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One change a coordinator makes to a draft's decision table: an operation on a {@link DecisionTable} that gives a
 * new table and never changes the old one. An edit that cannot be made as asked (no such rule, a taken name, a
 * cell the engine cannot read) is refused with {@link RuleEditRefused} and nothing changes. Rules and columns are
 * addressed by their position (0-based) in the table the coordinator saw; the facade checks that the table has
 * not changed since (optimistic locking), so a position always means what the coordinator meant.
 *
 * <p>{@link #describe()} is the English line that goes to the audit log and to the undo button.
 */
public sealed interface TableEdit extends Serializable {

    /** The names routing needs; they cannot be removed or renamed. */
    Set<String> ROUTING_OUTPUTS = Set.of("supportLevel", "agency");
    /** A FEEL name as DMN modellers accept it for an input or output. */
    Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,59}");

    DecisionTable apply(DecisionTable table);

    String describe();

    /** A new rule at {@code position} (0 = first): every condition "any", every output empty to be chosen. */
    record AddRule(int position) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            if (position < 0 || position > t.rules().size()) {
                throw noRule(position);
            }
            List<String> ins = new ArrayList<>();
            t.inputs().forEach(c -> ins.add("-"));
            List<String> outs = new ArrayList<>();
            t.outputs().forEach(c -> outs.add("null"));
            List<String> notes = new ArrayList<>();
            t.annotationNames().forEach(a -> notes.add(""));
            List<Rule> rules = new ArrayList<>(t.rules());
            rules.add(position, new Rule(freshId(t, "rule-" + (t.rules().size() + 1)), ins, outs, null, notes));
            return withRules(t, rules);
        }

        public String describe() {
            return "added a rule at row " + (position + 1);
        }
    }

    /** A copy of a rule (conditions, outputs, words) right below it, with an id of its own. */
    record CopyRule(int rule) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            Rule original = ruleAt(t, rule);
            List<Rule> rules = new ArrayList<>(t.rules());
            rules.add(
                    rule + 1,
                    new Rule(
                            freshId(t, original.id() + "-2"),
                            original.inputEntries(),
                            original.outputEntries(),
                            original.description(),
                            original.annotations()));
            return withRules(t, rules);
        }

        public String describe() {
            return "copied the rule of row " + (rule + 1);
        }
    }

    record DeleteRule(int rule) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            ruleAt(t, rule);
            List<Rule> rules = new ArrayList<>(t.rules());
            rules.remove(rule);
            return withRules(t, rules);
        }

        public String describe() {
            return "deleted the rule of row " + (rule + 1);
        }
    }

    /** Moves a rule so that it ends up at position {@code to}. */
    record MoveRule(int rule, int to) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            ruleAt(t, rule);
            if (to < 0 || to >= t.rules().size()) {
                throw noRule(to);
            }
            List<Rule> rules = new ArrayList<>(t.rules());
            rules.add(to, rules.remove(rule));
            return withRules(t, rules);
        }

        public String describe() {
            return "moved the rule of row " + (rule + 1) + " to row " + (to + 1);
        }
    }

    /**
     * Sets one condition (S-FEEL unary tests; empty means "any"). A text the engine cannot read for that column,
     * or a value the column does not allow, is refused with the engine's explanation.
     */
    record SetCondition(int rule, int column, String text) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            Rule r = ruleAt(t, rule);
            InputColumn c = inputAt(t, column);
            String entry = text == null || text.isBlank() ? "-" : text.strip();
            List<String> ins = new ArrayList<>(r.inputEntries());
            ins.set(column, entry);
            DecisionTable edited =
                    replace(t, rule, new Rule(r.id(), ins, r.outputEntries(), r.description(), r.annotations()));
            refuseCellErrors(edited, r.id(), c.expression());
            return edited;
        }

        public String describe() {
            return "set condition " + column + " of row " + (rule + 1) + " to " + text;
        }
    }

    /** Sets one output (a literal, or {@code null}); a value the column does not allow is refused. */
    record SetOutput(int rule, int column, String text) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            Rule r = ruleAt(t, rule);
            OutputColumn c = outputAt(t, column);
            String entry = text == null || text.isBlank() ? "null" : text.strip();
            List<String> outs = new ArrayList<>(r.outputEntries());
            outs.set(column, entry);
            DecisionTable edited =
                    replace(t, rule, new Rule(r.id(), r.inputEntries(), outs, r.description(), r.annotations()));
            refuseCellErrors(edited, r.id(), c.name());
            return edited;
        }

        public String describe() {
            return "set output " + column + " of row " + (rule + 1) + " to " + text;
        }
    }

    /** The rule's name and rationale in fi, sv and en (see {@link RuleWording}). */
    record SetWording(int rule, RuleWording.Wording wording) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            ruleAt(t, rule);
            return RuleWording.setWording(t, rule, wording);
        }

        public String describe() {
            return "rewrote the name and rationale of row " + (rule + 1);
        }
    }

    /** A new input column at {@code position}; every rule accepts any value in it. */
    record AddInput(int position, String name, TypeRef type, String allowedValues) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            if (position < 0 || position > t.inputs().size()) {
                throw noColumn(position);
            }
            checkName(t, name, -1, true);
            List<InputColumn> inputs = new ArrayList<>(t.inputs());
            inputs.add(position, InputColumn.of(name, type == null ? TypeRef.STRING : type, allowedValues));
            List<Rule> rules = new ArrayList<>();
            for (Rule r : t.rules()) {
                List<String> ins = new ArrayList<>(r.inputEntries());
                ins.add(Math.min(position, ins.size()), "-");
                rules.add(new Rule(r.id(), ins, r.outputEntries(), r.description(), r.annotations()));
            }
            DecisionTable edited = new DecisionTable(
                    t.identity(), t.hitPolicy(), t.aggregation(), inputs, t.outputs(), t.annotationNames(), rules);
            refuseAllowedValueErrors(edited, name);
            return edited;
        }

        public String describe() {
            return "added input column " + name;
        }
    }

    /** Renames an input (the fact's name) and keeps its conditions. */
    record RenameInput(int column, String name) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            InputColumn c = inputAt(t, column);
            checkName(t, name, column, true);
            List<InputColumn> inputs = new ArrayList<>(t.inputs());
            inputs.set(column, new InputColumn(c.id(), name, name, c.type(), c.allowedValues()));
            return new DecisionTable(
                    t.identity(), t.hitPolicy(), t.aggregation(), inputs, t.outputs(), t.annotationNames(), t.rules());
        }

        public String describe() {
            return "renamed input column " + column + " to " + name;
        }
    }

    record RemoveInput(int column) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            inputAt(t, column);
            List<InputColumn> inputs = new ArrayList<>(t.inputs());
            inputs.remove(column);
            List<Rule> rules = new ArrayList<>();
            for (Rule r : t.rules()) {
                List<String> ins = new ArrayList<>(r.inputEntries());
                if (column < ins.size()) {
                    ins.remove(column);
                }
                rules.add(new Rule(r.id(), ins, r.outputEntries(), r.description(), r.annotations()));
            }
            return new DecisionTable(
                    t.identity(), t.hitPolicy(), t.aggregation(), inputs, t.outputs(), t.annotationNames(), rules);
        }

        public String describe() {
            return "removed input column " + column;
        }
    }

    /** The values an input may take (a list of literals, e.g. {@code "fi","sv"}); empty allows any value. */
    record SetInputValues(int column, String allowedValues) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            InputColumn c = inputAt(t, column);
            List<InputColumn> inputs = new ArrayList<>(t.inputs());
            inputs.set(column, new InputColumn(c.id(), c.label(), c.expression(), c.type(), allowedValues));
            DecisionTable edited = new DecisionTable(
                    t.identity(), t.hitPolicy(), t.aggregation(), inputs, t.outputs(), t.annotationNames(), t.rules());
            refuseAllowedValueErrors(edited, c.expression());
            return edited;
        }

        public String describe() {
            return "set the allowed values of input column " + column + " to " + allowedValues;
        }
    }

    /** A new output column at the end of the decisions (before the rationale columns); every rule gives null. */
    record AddOutput(String name, TypeRef type, String allowedValues) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            checkName(t, name, -1, false);
            int position = 0;
            while (position < t.outputs().size()
                    && !RuleWording.isRationale(t.outputs().get(position).name())) {
                position++;
            }
            List<OutputColumn> outputs = new ArrayList<>(t.outputs());
            outputs.add(position, OutputColumn.of(name, type == null ? TypeRef.STRING : type, allowedValues));
            List<Rule> rules = new ArrayList<>();
            for (Rule r : t.rules()) {
                List<String> outs = new ArrayList<>(r.outputEntries());
                outs.add(Math.min(position, outs.size()), "null");
                rules.add(new Rule(r.id(), r.inputEntries(), outs, r.description(), r.annotations()));
            }
            DecisionTable edited = RuleWording.copy(t, outputs, t.annotationNames(), rules);
            refuseAllowedValueErrors(edited, name);
            return edited;
        }

        public String describe() {
            return "added output column " + name;
        }
    }

    record RenameOutput(int column, String name) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            OutputColumn c = outputAt(t, column);
            guardRouting(c);
            checkName(t, name, column, false);
            List<OutputColumn> outputs = new ArrayList<>(t.outputs());
            outputs.set(column, new OutputColumn(c.id(), name, name, c.type(), c.allowedValues()));
            return RuleWording.copy(t, outputs, t.annotationNames(), t.rules());
        }

        public String describe() {
            return "renamed output column " + column + " to " + name;
        }
    }

    record RemoveOutput(int column) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            OutputColumn c = outputAt(t, column);
            guardRouting(c);
            if (t.outputs().size() == 1) {
                throw new RuleEditRefused("rules.edit.lastOutput", "a table needs at least one output");
            }
            List<OutputColumn> outputs = new ArrayList<>(t.outputs());
            outputs.remove(column);
            List<Rule> rules = new ArrayList<>();
            for (Rule r : t.rules()) {
                List<String> outs = new ArrayList<>(r.outputEntries());
                if (column < outs.size()) {
                    outs.remove(column);
                }
                rules.add(new Rule(r.id(), r.inputEntries(), outs, r.description(), r.annotations()));
            }
            return RuleWording.copy(t, outputs, t.annotationNames(), rules);
        }

        public String describe() {
            return "removed output column " + column;
        }
    }

    /** The values an output may give; under PRIORITY their order is the priority (first wins). */
    record SetOutputValues(int column, String allowedValues) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            OutputColumn c = outputAt(t, column);
            List<OutputColumn> outputs = new ArrayList<>(t.outputs());
            outputs.set(column, new OutputColumn(c.id(), c.label(), c.name(), c.type(), allowedValues));
            DecisionTable edited = RuleWording.copy(t, outputs, t.annotationNames(), t.rules());
            refuseAllowedValueErrors(edited, c.name());
            return edited;
        }

        public String describe() {
            return "set the allowed values of output column " + column + " to " + allowedValues;
        }
    }

    /** The hit policy; routing needs one decision per errand, so only the single-hit policies are offered. */
    record SetHitPolicy(HitPolicy policy) implements TableEdit {
        public DecisionTable apply(DecisionTable t) {
            if (policy == null || !policy.isSingleHit()) {
                throw new RuleEditRefused("rules.edit.multiHit", "routing needs a single-hit policy, not " + policy);
            }
            return new DecisionTable(
                    t.identity(), policy, Aggregation.NONE, t.inputs(), t.outputs(), t.annotationNames(), t.rules());
        }

        public String describe() {
            return "set the hit policy to " + policy.dmnName();
        }
    }

    // ---- helpers shared by the edits ----

    private static Rule ruleAt(DecisionTable t, int index) {
        if (index < 0 || index >= t.rules().size()) {
            throw noRule(index);
        }
        return t.rules().get(index);
    }

    private static InputColumn inputAt(DecisionTable t, int index) {
        if (index < 0 || index >= t.inputs().size()) {
            throw noColumn(index);
        }
        return t.inputs().get(index);
    }

    private static OutputColumn outputAt(DecisionTable t, int index) {
        if (index < 0 || index >= t.outputs().size()) {
            throw noColumn(index);
        }
        return t.outputs().get(index);
    }

    private static RuleEditRefused noRule(int index) {
        return new RuleEditRefused("rules.edit.noSuchRule", "no rule at row " + (index + 1));
    }

    private static RuleEditRefused noColumn(int index) {
        return new RuleEditRefused("rules.edit.noSuchColumn", "no column " + index);
    }

    private static void guardRouting(OutputColumn c) {
        if (ROUTING_OUTPUTS.contains(c.name())) {
            throw new RuleEditRefused("rules.edit.routingColumn", "routing needs the output " + c.name());
        }
    }

    /** A valid name not used by another column (inputs and outputs share one name space in FEEL). */
    private static void checkName(DecisionTable t, String name, int except, boolean input) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new RuleEditRefused(
                    "rules.edit.badName",
                    "a column name starts with a letter and has only" + " letters, digits and underscores: " + name);
        }
        for (int i = 0; i < t.inputs().size(); i++) {
            if ((!input || i != except) && t.inputs().get(i).expression().equals(name)) {
                throw new RuleEditRefused("rules.edit.nameTaken", "column " + name + " exists");
            }
        }
        for (int i = 0; i < t.outputs().size(); i++) {
            if ((input || i != except) && t.outputs().get(i).name().equals(name)) {
                throw new RuleEditRefused("rules.edit.nameTaken", "column " + name + " exists");
            }
        }
    }

    private static String freshId(DecisionTable t, String wanted) {
        Set<String> taken = new HashSet<>();
        t.rules().forEach(r -> taken.add(r.id()));
        String id = wanted;
        int n = 2;
        String base = wanted.replaceFirst("-\\d+$", "");
        while (taken.contains(id)) {
            id = base + "-" + n++;
        }
        return id;
    }

    private static DecisionTable withRules(DecisionTable t, List<Rule> rules) {
        return new DecisionTable(
                t.identity(), t.hitPolicy(), t.aggregation(), t.inputs(), t.outputs(), t.annotationNames(), rules);
    }

    private static DecisionTable replace(DecisionTable t, int index, Rule rule) {
        List<Rule> rules = new ArrayList<>(t.rules());
        rules.set(index, rule);
        return withRules(t, rules);
    }

    private static void refuseCellErrors(DecisionTable t, String ruleId, String column) {
        refuse(t, e -> e.ruleIds().contains(ruleId) && column.equals(e.column()), "rules.edit.badEntry");
    }

    private static void refuseAllowedValueErrors(DecisionTable t, String column) {
        refuse(t, e -> e.ruleIds().isEmpty() && column.equals(e.column()), "rules.edit.badValues");
    }

    private static void refuse(DecisionTable t, Predicate<EngineError> concerns, String key) {
        for (EngineError e : TableParser.parse(t).errors()) {
            if (concerns.test(e)) {
                throw new RuleEditRefused(key, e.message(), e.message());
            }
        }
    }
}
