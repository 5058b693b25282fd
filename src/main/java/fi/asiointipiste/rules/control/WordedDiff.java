package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff of two versions as a coordinator means it. The first time a rule's words are written in the workbench,
 * every rule gets name and rationale columns holding what it showed before (the seed rules' translations); compared
 * cell by cell that would mark every rule changed. So when either table has word columns, both are compared with
 * the words each rule shows, and only words that really changed count.
 */
public final class WordedDiff {

    private WordedDiff() {}

    public static TableDiff between(DecisionTable older, DecisionTable newer) {
        if (!hasWords(older) && !hasWords(newer)) {
            return TableDiff.between(older, newer);
        }
        return TableDiff.between(
                RuleWording.materialize(older, r -> Wordings.shown(older, r)),
                RuleWording.materialize(newer, r -> Wordings.shown(newer, r)));
    }

    /** The columns worth showing: conditions and decisions (a rule's name and rationale show in its rule column). */
    public static List<Integer> cellColumns(TableDiff diff) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < diff.columns().size(); i++) {
            TableDiff.Column c = diff.columns().get(i);
            if (c.kind() != TableDiff.Kind.ANNOTATION
                    && !(c.kind() == TableDiff.Kind.OUTPUT && RuleWording.isRationale(c.name()))) {
                shown.add(i);
            }
        }
        return shown;
    }

    /** Whether the rule's name or rationale changed (the word columns). */
    public static boolean wordsChanged(TableDiff diff, TableDiff.Row row) {
        for (int i = 0; i < diff.columns().size(); i++) {
            TableDiff.Column c = diff.columns().get(i);
            boolean words = c.kind() == TableDiff.Kind.ANNOTATION || RuleWording.isRationale(c.name());
            if (words && row.cells().get(i).changed()) {
                return true;
            }
        }
        return false;
    }

    /** The rows shown: only the rules that changed (added, removed, moved or edited) unless all were asked for. */
    public static List<TableDiff.Row> rows(TableDiff diff, boolean all) {
        return all
                ? diff.rows()
                : diff.rows().stream().filter(TableDiff.Row::changedOrMoved).toList();
    }

    private static boolean hasWords(DecisionTable t) {
        return t.annotationNames().stream().anyMatch(RuleWording::isName)
                || t.outputs().stream().anyMatch(o -> o.name().startsWith(RuleWording.RATIONALE + "_"));
    }
}
