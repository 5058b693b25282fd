package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableDiff;

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

    private static boolean hasWords(DecisionTable t) {
        return t.annotationNames().stream().anyMatch(RuleWording::isName)
                || t.outputs().stream().anyMatch(o -> o.name().startsWith(RuleWording.RATIONALE + "_"));
    }
}
