package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.control.Wordings;
import fi.asiointipiste.rules.entity.RuleWording;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of the draft on the editor page: add, copy, delete and move a rule, and write its name and the
 * clerk-facing rationale in Finnish, Swedish and English.
 */
@Named
@ViewScoped
public class RuleRowBacking implements Serializable {

    @Inject
    DraftBacking draft;

    private Integer wordsOf;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> rationales = new LinkedHashMap<>();

    public void addFirst() {
        edit(new TableEdit.AddRule(0));
    }

    public void addBelow(int rule) {
        edit(new TableEdit.AddRule(rule + 1));
    }

    public void copy(int rule) {
        edit(new TableEdit.CopyRule(rule));
    }

    public void delete(int rule) {
        edit(new TableEdit.DeleteRule(rule));
    }

    public void up(int rule) {
        edit(new TableEdit.MoveRule(rule, rule - 1));
    }

    public void down(int rule) {
        edit(new TableEdit.MoveRule(rule, rule + 1));
    }

    /** Opens the words of a rule, filled with what the rule shows today in each language. */
    public void openWords(int rule) {
        RuleWording.Wording shown = Wordings.shown(draft.getTable(), rule);
        wordsOf = rule;
        for (String language : RuleWording.LANGUAGES) {
            names.put(language, shown.name(language));
            rationales.put(language, shown.rationale(language));
        }
    }

    public void saveWords() {
        edit(new TableEdit.SetWording(wordsOf, new RuleWording.Wording(names, rationales)));
        wordsOf = null;
    }

    public void closeWords() {
        wordsOf = null;
    }

    private void edit(TableEdit edit) {
        draft.apply(edit);
        Messages.info("rules.edit.saved");
    }

    public boolean isWordsOpen() {
        return wordsOf != null;
    }

    public Integer getWordsOf() {
        return wordsOf;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Map<String, String> getRationales() {
        return rationales;
    }
}
