package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.rules.entity.RuleEditRefused;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableEdit;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One edit of a draft over REST. Rules are named by id, columns by name, positions are 1-based rows or column
 * numbers; {@code version} is the draft's version the caller read. Operations: ADD_RULE (position), COPY_RULE,
 * DELETE_RULE (rule), MOVE_RULE (rule, position), SET_CONDITION and SET_OUTPUT (rule, column, text), SET_WORDING
 * (rule, names, rationales by language), ADD_INPUT (name, type, allowedValues, position), RENAME_INPUT and
 * RENAME_OUTPUT (column, name), REMOVE_INPUT and REMOVE_OUTPUT (column), SET_INPUT_VALUES and SET_OUTPUT_VALUES
 * (column, allowedValues), ADD_OUTPUT (name, type, allowedValues), SET_HIT_POLICY (hitPolicy).
 */
@Schema(
        name = "RuleSetEdit",
        description = "One edit of a draft (see the operation list of the rule-set workbench)",
        properties = {
            @SchemaProperty(name = "version", description = "The draft's version the caller read"),
            @SchemaProperty(name = "op", description = "The operation, e.g. SET_CONDITION"),
            @SchemaProperty(name = "rule", description = "The rule's id"),
            @SchemaProperty(name = "position", description = "A 1-based row or column number"),
            @SchemaProperty(name = "column", description = "The column's name"),
            @SchemaProperty(name = "text", description = "The cell's text"),
            @SchemaProperty(name = "name", description = "A new name"),
            @SchemaProperty(name = "type", description = "A new column's FEEL type"),
            @SchemaProperty(name = "allowedValues", description = "A column's allowed values"),
            @SchemaProperty(name = "hitPolicy", description = "A new hit policy"),
            @SchemaProperty(name = "names", description = "The rule's names by language"),
            @SchemaProperty(name = "rationales", description = "The rule's rationales by language")
        })
public record EditRequest(
        Long version,
        String op,
        String rule,
        Integer position,
        String column,
        String text,
        String name,
        String type,
        String allowedValues,
        String hitPolicy,
        Map<String, String> names,
        Map<String, String> rationales) {

    /** The edit on {@code table} (the draft as it is now; the facade refuses it if the draft moved on). */
    public TableEdit toEdit(DecisionTable table) {
        if (op == null) {
            throw unknown();
        }
        return switch (op) {
            case "ADD_RULE" ->
                new TableEdit.AddRule(position == null ? table.rules().size() : position - 1);
            case "COPY_RULE" -> new TableEdit.CopyRule(rule(table));
            case "DELETE_RULE" -> new TableEdit.DeleteRule(rule(table));
            case "MOVE_RULE" -> new TableEdit.MoveRule(rule(table), position == null ? -1 : position - 1);
            case "SET_CONDITION" -> new TableEdit.SetCondition(rule(table), input(table), text);
            case "SET_OUTPUT" -> new TableEdit.SetOutput(rule(table), output(table), text);
            case "SET_WORDING" -> new TableEdit.SetWording(rule(table), new RuleWording.Wording(names, rationales));
            case "ADD_INPUT" ->
                new TableEdit.AddInput(
                        position == null ? table.inputs().size() : position - 1, name, typeRef(), allowedValues);
            case "RENAME_INPUT" -> new TableEdit.RenameInput(input(table), name);
            case "REMOVE_INPUT" -> new TableEdit.RemoveInput(input(table));
            case "SET_INPUT_VALUES" -> new TableEdit.SetInputValues(input(table), allowedValues);
            case "ADD_OUTPUT" -> new TableEdit.AddOutput(name, typeRef(), allowedValues);
            case "RENAME_OUTPUT" -> new TableEdit.RenameOutput(output(table), name);
            case "REMOVE_OUTPUT" -> new TableEdit.RemoveOutput(output(table));
            case "SET_OUTPUT_VALUES" -> new TableEdit.SetOutputValues(output(table), allowedValues);
            case "SET_HIT_POLICY" -> new TableEdit.SetHitPolicy(policy());
            default -> throw unknown();
        };
    }

    private int rule(DecisionTable t) {
        for (int i = 0; i < t.rules().size(); i++) {
            if (t.rules().get(i).id().equals(rule)) {
                return i;
            }
        }
        throw new RuleEditRefused("rules.edit.noSuchRule", "no rule " + rule);
    }

    private int input(DecisionTable t) {
        int i = column == null ? -1 : t.inputIndex(column);
        if (i < 0) {
            throw new RuleEditRefused("rules.edit.noSuchColumn", "no input " + column);
        }
        return i;
    }

    private int output(DecisionTable t) {
        int i = column == null ? -1 : t.outputIndex(column);
        if (i < 0) {
            throw new RuleEditRefused("rules.edit.noSuchColumn", "no output " + column);
        }
        return i;
    }

    private TypeRef typeRef() {
        try {
            return type == null ? TypeRef.STRING : TypeRef.fromFeelName(type);
        } catch (EngineException e) {
            throw new RuleEditRefused("rules.edit.badType", e.getMessage());
        }
    }

    private HitPolicy policy() {
        try {
            return HitPolicy.fromDmnName(hitPolicy == null ? "" : hitPolicy);
        } catch (EngineException e) {
            throw new RuleEditRefused("rules.edit.multiHit", e.getMessage());
        }
    }

    private RuleEditRefused unknown() {
        return new RuleEditRefused("rules.edit.unknownOperation", "unknown edit operation " + op);
    }
}
