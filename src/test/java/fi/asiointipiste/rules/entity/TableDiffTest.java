package fi.asiointipiste.rules.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.routing.engine.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff of two versions: rules added, removed, moved, and the cells that changed. */
class TableDiffTest {

    private final DecisionTable seed = TableEditTest.seed();

    @Test
    void aTableAgainstItselfHasNoChange() {
        TableDiff diff = TableDiff.between(seed, seed);
        assertThat(diff.identical()).isTrue();
        assertThat(diff.rows()).hasSize(32).allSatisfy(r -> {
            assertThat(r.change()).isEqualTo(TableDiff.Change.SAME);
            assertThat(r.moved()).isFalse();
            assertThat(r.oldRow()).isEqualTo(r.newRow());
        });
    }

    @Test
    void aChangedCellIsMarkedInItsRowAndColumnOnly() {
        int level = seed.outputIndex("supportLevel");
        DecisionTable edited = new TableEdit.SetOutput(0, level, "\"GUIDED\"").apply(seed);
        TableDiff diff = TableDiff.between(seed, edited);
        assertThat(diff.count(TableDiff.Change.CHANGED)).isEqualTo(1);
        TableDiff.Row row = diff.rows().get(0);
        assertThat(row.ruleId()).isEqualTo("housing-multi-unskilled");
        int column = columnIndex(diff, "supportLevel");
        assertThat(row.cells().get(column)).isEqualTo(new TableDiff.Cell("\"FULL_ASSISTANCE\"", "\"GUIDED\"", true));
        assertThat(row.cells().stream().filter(TableDiff.Cell::changed)).hasSize(1);
    }

    @Test
    void addedRemovedAndMovedRulesAreTold() {
        DecisionTable edited = new TableEdit.CopyRule(6).apply(seed); // adds kela-repeat-visits-2 at row 8
        edited = new TableEdit.DeleteRule(0).apply(edited); // removes housing-multi-unskilled
        edited = new TableEdit.MoveRule(22, 0).apply(edited); // contact-seeking to the top
        TableDiff diff = TableDiff.between(seed, edited);

        assertThat(diff.count(TableDiff.Change.ADDED)).isEqualTo(1);
        assertThat(diff.count(TableDiff.Change.REMOVED)).isEqualTo(1);
        assertThat(diff.moved())
                .as("only the rule that was moved, not the ones it passed")
                .isEqualTo(1);
        TableDiff.Row moved =
                diff.rows().stream().filter(TableDiff.Row::moved).findFirst().orElseThrow();
        assertThat(moved.ruleId()).isEqualTo("contact-seeking");
        assertThat(moved.oldRow()).isEqualTo(23);
        assertThat(moved.newRow()).isEqualTo(1);
        TableDiff.Row added = diff.rows().stream()
                .filter(r -> r.change() == TableDiff.Change.ADDED)
                .findFirst()
                .orElseThrow();
        assertThat(added.ruleId()).isEqualTo("kela-repeat-visits-2");
        assertThat(added.oldRow()).isZero();
        TableDiff.Row removed = diff.rows().stream()
                .filter(r -> r.change() == TableDiff.Change.REMOVED)
                .findFirst()
                .orElseThrow();
        assertThat(removed.ruleId()).isEqualTo("housing-multi-unskilled");
        assertThat(removed.newRow()).isZero();
        assertThat(diff.rows().indexOf(removed))
                .as("listed where it was: before every row that was below it")
                .isLessThan(diff.rows()
                        .indexOf(diff.rows().stream()
                                .filter(r -> r.ruleId().equals("housing-interpreter"))
                                .findFirst()
                                .orElseThrow()));
        assertThat(diff.rows()).hasSize(33);
    }

    @Test
    void columnsAndTheHitPolicyAreComparedToo() {
        DecisionTable edited = new TableEdit.AddInput(0, "municipality", TypeRef.STRING, null).apply(seed);
        edited = new TableEdit.RemoveOutput(edited.outputIndex("flow")).apply(edited);
        edited = new TableEdit.SetInputValues(edited.inputIndex("language"), "\"fi\",\"sv\",\"en\",\"other\",\"se\"")
                .apply(edited);
        edited = new TableEdit.SetHitPolicy(HitPolicy.PRIORITY).apply(edited);
        TableDiff diff = TableDiff.between(seed, edited);
        assertThat(diff.hitPolicyChanged()).isTrue();
        assertThat(diff.columns())
                .contains(
                        new TableDiff.Column(TableDiff.Kind.INPUT, "municipality", TableDiff.Change.ADDED),
                        new TableDiff.Column(TableDiff.Kind.OUTPUT, "flow", TableDiff.Change.REMOVED),
                        new TableDiff.Column(TableDiff.Kind.INPUT, "language", TableDiff.Change.CHANGED),
                        new TableDiff.Column(TableDiff.Kind.INPUT, "profile", TableDiff.Change.SAME));
        assertThat(diff.rows())
                .allSatisfy(r -> assertThat(r.change())
                        .as("a new any-column or a dropped column" + " changes no rule's cells by itself")
                        .isEqualTo(TableDiff.Change.SAME));
    }

    @Test
    void newWordsAreChangedCells() {
        DecisionTable edited = new TableEdit.SetWording(
                        3, new RuleWording.Wording(java.util.Map.of("fi", "Uusi nimi"), java.util.Map.of()))
                .apply(seed);
        TableDiff diff = TableDiff.between(seed, edited);
        assertThat(diff.columns())
                .contains(new TableDiff.Column(TableDiff.Kind.ANNOTATION, "name_fi", TableDiff.Change.ADDED));
        assertThat(diff.rows().stream()
                        .filter(r -> r.change() == TableDiff.Change.CHANGED)
                        .map(TableDiff.Row::ruleId))
                .containsExactly("kela-complex-interpreter");
    }

    private static int columnIndex(TableDiff diff, String name) {
        List<TableDiff.Column> columns = diff.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }
}
