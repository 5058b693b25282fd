package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableDiff;
import fi.asiointipiste.rules.entity.TableEdit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the diff page shows of a diff: the cell columns, the rows, and whether a rule's words changed. */
class WordedDiffTest {

    private final DecisionTable seed = WorkbenchControlsTest.seed();
    private final DecisionTable materialized = RuleWording.materialize(seed, r -> Wordings.shown(seed, r));

    @Test
    void wordColumnsAreNotCellColumnsButTheirChangeIsTold() {
        DecisionTable worded = new TableEdit.SetWording(
                        6, new RuleWording.Wording(Map.of("fi", "Uusi nimi"), Map.of("fi", "Uusi perustelu")))
                .apply(materialized);
        TableDiff diff = WordedDiff.between(seed, worded);
        List<Integer> cells = WordedDiff.cellColumns(diff);
        assertThat(cells).isNotEmpty().hasSizeLessThan(diff.columns().size());
        assertThat(cells)
                .extracting(i -> diff.columns().get(i))
                .allSatisfy(c -> {
                    assertThat(c.kind()).isNotEqualTo(TableDiff.Kind.ANNOTATION);
                    assertThat(RuleWording.isRationale(c.name())).isFalse();
                })
                .extracting(TableDiff.Column::name)
                .contains("supportLevel");

        List<TableDiff.Row> shown = WordedDiff.rows(diff, false);
        assertThat(shown).extracting(TableDiff.Row::ruleId).containsExactly("kela-repeat-visits");
        assertThat(WordedDiff.wordsChanged(diff, shown.get(0))).isTrue();
        assertThat(WordedDiff.rows(diff, true)).hasSize(diff.rows().size()).hasSizeGreaterThan(1);
        assertThat(diff.rows())
                .filteredOn(r -> !r.ruleId().equals("kela-repeat-visits"))
                .noneMatch(r -> WordedDiff.wordsChanged(diff, r));
    }

    @Test
    void aChangedLevelIsACellChangeNotAWordChange() {
        int level = seed.outputIndex("supportLevel");
        TableDiff diff = WordedDiff.between(seed, new TableEdit.SetOutput(0, level, "\"GUIDED\"").apply(seed));
        List<TableDiff.Row> shown = WordedDiff.rows(diff, false);
        assertThat(shown).hasSize(1);
        assertThat(WordedDiff.wordsChanged(diff, shown.get(0))).isFalse();
        assertThat(WordedDiff.cellColumns(diff))
                .extracting(i -> diff.columns().get(i).name())
                .contains("supportLevel");
    }
}
