package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.control.WordedDiff;
import fi.asiointipiste.rules.control.Wordings;
import fi.asiointipiste.rules.entity.TableDiff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The diff page's table: the rules shown, their names, and each cell in the reader's words ("–" for any). */
@Named
@RequestScoped
public class DiffTableBacking {

    @Inject
    RuleDiffBacking page;

    @Inject
    RuleWords words;

    /** The columns worth showing: conditions and decisions (the words show in the rule column). */
    public List<Integer> getColumns() {
        return WordedDiff.cellColumns(page.getDiff());
    }

    public String heading(int column) {
        return words.column(page.getDiff().columns().get(column).name());
    }

    /** A cell in words: conditions as phrases, outputs as labels; "–" for any. */
    public String text(int column, String raw) {
        if (raw == null) {
            return "";
        }
        TableDiff.Column c = page.getDiff().columns().get(column);
        String text = c.kind() == TableDiff.Kind.INPUT ? words.condition(c.name(), raw) : words.output(c.name(), raw);
        return text.isEmpty() ? "–" : text;
    }

    /** The rule's name in the newer version (in the older one for a removed rule). */
    public String ruleName(TableDiff.Row row) {
        if (row.newRow() > 0) {
            return Wordings.name(
                    page.getNewer(), row.newRow() - 1, words.vocabulary().locale());
        }
        return Wordings.name(
                page.getOlder(), row.oldRow() - 1, words.vocabulary().locale());
    }

    /** Whether the rule's name or rationale changed (the word columns). */
    public boolean wordsChanged(TableDiff.Row row) {
        return WordedDiff.wordsChanged(page.getDiff(), row);
    }

    /** The rows shown: only the rules that changed (added, removed, moved or edited) unless all were asked for. */
    public List<TableDiff.Row> getRows() {
        return WordedDiff.rows(page.getDiff(), page.isAll());
    }
}
