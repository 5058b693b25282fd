package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.engine.OutputColumn;
import fi.asiointipiste.routing.engine.feel.FeelSyntaxException;
import fi.asiointipiste.routing.engine.feel.PositiveTest;
import fi.asiointipiste.routing.engine.feel.UnaryTestParser;
import fi.asiointipiste.rules.entity.TableEdit;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of the cell editor for one cell of a table: the picker that fits its column (values, yes/no/any, a
 * range; a value for an output), filled from what the cell says now, and the S-FEEL text for experts. Turns what the
 * coordinator picked or typed into the {@link TableEdit} that saves it.
 */
public class CellForm implements Serializable {

    /** Value of the yes/no/any picker for "any". */
    public static final String ANY = "ANY";

    private final int rule;
    private final boolean input;
    private final int column;
    private final String columnName;
    private final CellPicker.Kind picker;
    private final List<String> options;
    private List<String> chosen = new ArrayList<>();
    private boolean negated;
    private String yesNo = ANY;
    private BigDecimal low;
    private boolean lowIncluded = true;
    private BigDecimal high;
    private boolean highIncluded = true;
    private String outputValue;
    private String expert;

    private CellForm(
            int rule,
            boolean input,
            int column,
            String columnName,
            CellPicker.Kind picker,
            List<String> options,
            String expert) {
        this.rule = rule;
        this.input = input;
        this.column = column;
        this.columnName = columnName;
        this.picker = picker;
        this.options = options;
        this.expert = expert;
    }

    /** The editor of one cell, its picker filled from what the cell says now. */
    public static CellForm of(DecisionTable table, int rule, boolean input, int column) {
        String entry = entry(table, rule, input, column);
        if (!input) {
            OutputColumn col = table.outputs().get(column);
            CellPicker.Kind kind = col.allowedValues() == null ? CellPicker.Kind.EXPERT : CellPicker.Kind.VALUES;
            CellForm form = new CellForm(rule, false, column, col.name(), kind, options(col.allowedValues()), entry);
            form.outputValue = CellPicker.outputValue(entry);
            return form;
        }
        InputColumn col = table.inputs().get(column);
        CellPicker.Choice choice = CellPicker.read(col.type(), entry);
        CellPicker.Kind kind = choice.kind() == CellPicker.Kind.ANY ? CellPicker.pickerFor(col.type()) : choice.kind();
        List<String> options = options(col.allowedValues());
        if (options.isEmpty()) { // no allowed values: the values the column's rules name
            Set<String> named = new LinkedHashSet<>();
            table.rules().stream()
                    .filter(r -> column < r.inputEntries().size())
                    .forEach(r -> collect(r.inputEntries().get(column), named));
            options = new ArrayList<>(named);
        }
        if (kind == CellPicker.Kind.VALUES && options.isEmpty()) {
            kind = CellPicker.Kind.EXPERT;
        }
        CellForm form = new CellForm(rule, true, column, col.expression(), kind, options, entry);
        form.chosen = new ArrayList<>(choice.values());
        form.negated = choice.negated();
        form.yesNo = choice.yes() == null ? ANY : choice.yes().toString();
        form.low = choice.low();
        form.lowIncluded = choice.lowIncluded();
        form.high = choice.high();
        form.highIncluded = choice.highIncluded();
        return form;
    }

    /** The edit that saves what the picker says. */
    public TableEdit picked(DecisionTable table) {
        if (!input) {
            return edit(CellPicker.output(table.outputs().get(column).type(), outputValue));
        }
        return edit(
                switch (picker) {
                    case VALUES -> CellPicker.values(chosen, negated);
                    case BOOLEAN -> ANY.equals(yesNo) ? "-" : yesNo;
                    case RANGE -> CellPicker.range(low, lowIncluded, high, highIncluded);
                    default -> expert;
                });
    }

    /** The edit that saves the S-FEEL text as typed. */
    public TableEdit typed() {
        return edit(expert);
    }

    private TableEdit edit(String text) {
        return input ? new TableEdit.SetCondition(rule, column, text) : new TableEdit.SetOutput(rule, column, text);
    }

    private static String entry(DecisionTable table, int rule, boolean input, int column) {
        var r = table.rules().get(rule);
        List<String> entries = input ? r.inputEntries() : r.outputEntries();
        return column < entries.size() ? entries.get(column) : (input ? "-" : "null");
    }

    private static List<String> options(String allowed) {
        Set<String> values = new LinkedHashSet<>();
        collect(allowed, values);
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

    public int getRule() {
        return rule;
    }

    public boolean isInput() {
        return input;
    }

    public int getColumn() {
        return column;
    }

    /** The column's name (an input's expression, an output's name), for the labels of its values. */
    public String getColumnName() {
        return columnName;
    }

    public String getPicker() {
        return picker.name();
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
}
