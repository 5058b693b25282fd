package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.WordedDiff;
import fi.asiointipiste.rules.control.Wordings;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableDiff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two versions compared (rules/diff.xhtml?fromId=…&amp;toId=…, or fromVersion=… by version number): rules added,
 * removed and moved, and the cells that changed, in the reader's words; only the changed rules unless {@code all}.
 */
@Named
@RequestScoped
public class RuleDiffBacking {

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleWords words;

    private Long fromId;
    private Long toId;
    private Integer fromVersion;
    private boolean all;
    private RuleSet from;
    private RuleSet to;
    private TableDiff diff;
    private DecisionTable newer;
    private DecisionTable older;

    /** f:viewAction. */
    public void load() {
        if (fromId == null && fromVersion != null) {
            fromId = ruleSets.all().stream()
                    .filter(r -> r.getVersionNo() == fromVersion)
                    .map(RuleSet::getId)
                    .findFirst()
                    .orElse(null);
        }
        from = Optional.ofNullable(fromId).flatMap(ruleSets::byId).orElse(null);
        to = Optional.ofNullable(toId).flatMap(ruleSets::byId).orElse(null);
        if (from == null || to == null) {
            if (fromId != null || toId != null) {
                Messages.error("rules.notFound");
            }
            return;
        }
        older = RuleSetCheck.read(from.getDmnXml());
        newer = RuleSetCheck.read(to.getDmnXml());
        diff = WordedDiff.between(older, newer);
    }

    public List<RuleSet> getVersions() {
        return ruleSets.all();
    }

    /** The columns worth showing: conditions and decisions (the words show in the rule column). */
    public List<Integer> getColumns() {
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

    public String heading(int column) {
        return words.column(diff.columns().get(column).name());
    }

    /** A cell in words: conditions as phrases, outputs as labels; "–" for any. */
    public String text(int column, String raw) {
        if (raw == null) {
            return "";
        }
        TableDiff.Column c = diff.columns().get(column);
        String text = c.kind() == TableDiff.Kind.INPUT ? words.condition(c.name(), raw) : words.output(c.name(), raw);
        return text.isEmpty() ? "–" : text;
    }

    /** The rule's name in the newer version (in the older one for a removed rule). */
    public String ruleName(TableDiff.Row row) {
        if (row.newRow() > 0) {
            return Wordings.name(newer, row.newRow() - 1, words.vocabulary().locale());
        }
        return Wordings.name(older, row.oldRow() - 1, words.vocabulary().locale());
    }

    /** Whether the rule's name or rationale changed (the word columns). */
    public boolean wordsChanged(TableDiff.Row row) {
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
    public List<TableDiff.Row> getRows() {
        return all
                ? diff.rows()
                : diff.rows().stream().filter(TableDiff.Row::changedOrMoved).toList();
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public TableDiff getDiff() {
        return diff;
    }

    public RuleSet getFrom() {
        return from;
    }

    public RuleSet getTo() {
        return to;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getToId() {
        return toId;
    }

    public void setToId(Long toId) {
        this.toId = toId;
    }

    public Integer getFromVersion() {
        return fromVersion;
    }

    public void setFromVersion(Integer fromVersion) {
        this.fromVersion = fromVersion;
    }
}
