package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.PositiveTest;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import fi.asiointipiste.rules.control.CellPicker;
import fi.asiointipiste.rules.entity.RuleEditRefused;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cell being edited on the editor page: the picker that fits its column (values, yes/no/any, a range; a value
 * for an output) or the S-FEEL text for experts, checked as it is typed. Saving goes through {@link DraftBacking}.
 */
@Named
@ViewScoped
public class CellBacking implements Serializable {

    /** Value of the yes/no/any picker for "any". */
    static final String ANY = "ANY";

    @Inject
    DraftBacking draft;

    @Inject
    RuleWords words;

    private boolean open;
    private int rule;
    private boolean input;
    private int column;
    private CellPicker.Kind picker;
    private List<String> chosen = new ArrayList<>();
    private List<String> options = new ArrayList<>();
    private boolean negated;
    private String yesNo = ANY;
    private BigDecimal low;
    private boolean lowIncluded = true;
    private BigDecimal high;
    private boolean highIncluded = true;
    private String outputValue;
    private String expert;
    private String checkKey;
    private String checkDetail;

    /** Opens the editor on one cell: the picker is filled from what the cell says now. */
    public void open(int ruleIndex, boolean inputColumn, int columnIndex) {
        DecisionTable t = draft.getTable();
        this.open = true;
        this.rule = ruleIndex;
        this.input = inputColumn;
        this.column = columnIndex;
        this.checkKey = null;
        this.checkDetail = null;
        String entry = text();
        this.expert = entry;
        if (input) {
            InputColumn col = t.inputs().get(column);
            CellPicker.Choice choice = CellPicker.read(col.type(), entry);
            picker = choice.kind() == CellPicker.Kind.ANY ? CellPicker.pickerFor(col.type()) : choice.kind();
            options = options(col.allowedValues(), column, true);
            chosen = new ArrayList<>(choice.values());
            negated = choice.negated();
            yesNo = choice.yes() == null ? ANY : choice.yes().toString();
            low = choice.low();
            lowIncluded = choice.lowIncluded();
            high = choice.high();
            highIncluded = choice.highIncluded();
            if (picker == CellPicker.Kind.VALUES && options.isEmpty()) {
                picker = CellPicker.Kind.EXPERT;
            }
        } else {
            OutputColumn col = t.outputs().get(column);
            picker = col.allowedValues() == null ? CellPicker.Kind.EXPERT : CellPicker.Kind.VALUES;
            options = options(col.allowedValues(), column, false);
            outputValue = CellPicker.outputValue(entry);
        }
    }

    public void close() {
        open = false;
    }

    /** Saves what the picker says. */
    public void savePicked() {
        save(input ? picked() : CellPicker.output(outputType(), outputValue));
    }

    /** Saves the S-FEEL text as typed. */
    public void saveExpert() {
        save(expert);
    }

    private void save(String text) {
        TableEdit edit =
                input ? new TableEdit.SetCondition(rule, column, text) : new TableEdit.SetOutput(rule, column, text);
        try {
            draft.apply(edit);
        } catch (RuleEditRefused refused) { // the engine's own words go beside the field, the message to the page
            checkKey = refused.key();
            checkDetail = refused.detail();
            throw refused;
        }
        open = false;
        Messages.info("rules.edit.saved");
    }

    /** Checks the S-FEEL text as it is typed: the edit is tried on the table in memory, nothing is saved. */
    public void check() {
        try {
            TableEdit edit = input
                    ? new TableEdit.SetCondition(rule, column, expert)
                    : new TableEdit.SetOutput(rule, column, expert);
            edit.apply(draft.getTable());
            checkKey = "rules.cell.ok";
            checkDetail = null;
        } catch (RuleEditRefused refused) {
            checkKey = refused.key();
            checkDetail = refused.detail();
        }
    }

    private String picked() {
        return switch (picker) {
            case VALUES -> CellPicker.values(chosen, negated);
            case BOOLEAN -> ANY.equals(yesNo) ? "-" : yesNo;
            case RANGE -> CellPicker.range(low, lowIncluded, high, highIncluded);
            default -> expert;
        };
    }

    private TypeRef outputType() {
        return draft.getTable().outputs().get(column).type();
    }

    private String text() {
        var r = draft.getTable().rules().get(rule);
        List<String> entries = input ? r.inputEntries() : r.outputEntries();
        return column < entries.size() ? entries.get(column) : (input ? "-" : "null");
    }

    /** The values a picker offers: the column's allowed values, else the values the column's rules name. */
    private List<String> options(String allowed, int col, boolean inputColumn) {
        Set<String> values = new LinkedHashSet<>();
        collect(allowed, values);
        if (values.isEmpty() && inputColumn) {
            for (var r : draft.getTable().rules()) {
                if (col < r.inputEntries().size()) {
                    collect(r.inputEntries().get(col), values);
                }
            }
        }
        return new ArrayList<>(values);
    }

    private static void collect(String text, Set<String> values) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            for (PositiveTest t : UnaryTestParser.parseInputEntry(text).tests()) {
                if (t instanceof PositiveTest.Equal eq && eq.literal() instanceof String s) {
                    values.add(s);
                }
            }
        } catch (FeelSyntaxException e) {
            // a cell the engine cannot read offers nothing; the check lists it
        }
    }

    /** The label of a picker option in the reader's language. */
    public String optionLabel(String value) {
        String name = input
                ? draft.getTable().inputs().get(column).expression()
                : draft.getTable().outputs().get(column).name();
        return words.value(name, value);
    }

    /** "Rule 7 (Repeated Kela visits): Customer profile". */
    public String getTitle() {
        if (!open) {
            return "";
        }
        var table = draft.getReadable();
        String ruleName = table.rows().get(rule).name();
        String columnLabel = input
                ? table.inputs().get(column).label()
                : table.outputs().stream()
                        .filter(h -> h.index() == column)
                        .findFirst()
                        .map(h -> h.label())
                        .orElse("");
        return Messages.text(words.vocabulary().locale(), "rules.cell.title", rule + 1, ruleName, columnLabel);
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isInput() {
        return input;
    }

    public int getRule() {
        return rule;
    }

    public int getColumn() {
        return column;
    }

    public String getPicker() {
        return picker == null ? "" : picker.name();
    }

    public List<String> getOptions() {
        return options;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public boolean isNegated() {
        return negated;
    }

    public void setNegated(boolean negated) {
        this.negated = negated;
    }

    public String getYesNo() {
        return yesNo;
    }

    public void setYesNo(String yesNo) {
        this.yesNo = yesNo;
    }

    public BigDecimal getLow() {
        return low;
    }

    public void setLow(BigDecimal low) {
        this.low = low;
    }

    public boolean isLowIncluded() {
        return lowIncluded;
    }

    public void setLowIncluded(boolean lowIncluded) {
        this.lowIncluded = lowIncluded;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public void setHigh(BigDecimal high) {
        this.high = high;
    }

    public boolean isHighIncluded() {
        return highIncluded;
    }

    public void setHighIncluded(boolean highIncluded) {
        this.highIncluded = highIncluded;
    }

    public String getOutputValue() {
        return outputValue;
    }

    public void setOutputValue(String outputValue) {
        this.outputValue = outputValue;
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }

    public String getCheckKey() {
        return checkKey;
    }

    public String getCheckDetail() {
        return checkDetail;
    }
}
