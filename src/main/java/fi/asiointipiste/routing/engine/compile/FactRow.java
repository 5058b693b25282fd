package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.InputColumn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A reusable, mutable set of facts for one {@link CompiledTable}, stored as one cell index per input slot (slots are
 * the table's input columns in order; {@link CompiledTable#slotOf(String)} maps a fact name). Setting a fact does
 * the only per-fact work (a hash lookup or binary search); a value of the wrong type is remembered and turns the next
 * decision into an INPUT_TYPE error instead of throwing. Not thread-safe: use one row per thread.
 */
public final class FactRow {
    final CompiledTable table;
    final int[] cells;
    private final EngineError[] slotErrors;
    private int errorCount;
    final MultiDecision multi;

    FactRow(CompiledTable table) {
        this.table = table;
        this.cells = new int[table.inputCount()];
        this.slotErrors = new EngineError[cells.length];
        this.multi = table.table().hitPolicy().isSingleHit() ? null : new MultiDecision(table);
    }

    /** Sets every fact to null. */
    public FactRow clear() {
        java.util.Arrays.fill(cells, 0);
        java.util.Arrays.fill(slotErrors, null);
        errorCount = 0;
        return this;
    }

    /** Sets a fact by name; unknown names are ignored, since a fact set may carry more facts than a table reads. */
    public FactRow set(String name, Object value) {
        int slot = table.slotOf(name);
        if (slot >= 0) {
            set(slot, value);
        }
        return this;
    }

    /** Sets a fact from a Java value: String (or enum constant), Boolean, Number, LocalDate, or null. */
    public FactRow set(int slot, Object value) {
        ColumnDomain d = table.domain(slot);
        Object v = value instanceof Enum<?> e ? e.name() : value;
        boolean ok = v == null
                || switch (d.type()) {
                    case STRING -> v instanceof String;
                    case BOOLEAN -> v instanceof Boolean;
                    case NUMBER -> v instanceof Number;
                    case DATE -> v instanceof LocalDate;
                };
        if (!ok) {
            return fail(slot, String.valueOf(value), "a " + d.type().feelName());
        }
        return cell(slot, d.cellOf(v));
    }

    public FactRow setString(int slot, String value) {
        return cell(slot, table.domain(slot).cellOfDiscrete(value));
    }

    public FactRow setBoolean(int slot, boolean value) {
        return cell(slot, table.domain(slot).cellOfDiscrete(value ? Boolean.TRUE : Boolean.FALSE));
    }

    public FactRow setNumber(int slot, double value) {
        return cell(slot, table.domain(slot).cellOfNumber(value));
    }

    public FactRow setNull(int slot) {
        return cell(slot, 0);
    }

    /**
     * Sets a fact from text as found in a CSV cell: empty is null; numbers in plain decimal notation, booleans as
     * {@code true}/{@code false}, dates as {@code yyyy-mm-dd}.
     */
    public FactRow setText(int slot, String text) {
        if (text == null || text.isEmpty()) {
            return setNull(slot);
        }
        ColumnDomain d = table.domain(slot);
        switch (d.type()) {
            case STRING:
                return setString(slot, text);
            case BOOLEAN:
                if (text.equals("true")) {
                    return setBoolean(slot, true);
                }
                return text.equals("false") ? setBoolean(slot, false) : fail(slot, text, "true or false");
            case NUMBER:
                try {
                    return setNumber(slot, Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    return fail(slot, text, "a number");
                }
            default:
                try {
                    return setNumber(slot, LocalDate.parse(text).toEpochDay());
                } catch (DateTimeParseException e) {
                    return fail(slot, text, "a date yyyy-mm-dd");
                }
        }
    }

    /**
     * Like {@link #setText} but reads the characters in place (used by the CSV replay to avoid a String per
     * field). Plain decimals of up to 15 digits are parsed exactly without allocating.
     */
    public FactRow setChars(int slot, char[] b, int off, int len) {
        if (len == 0) {
            return setNull(slot);
        }
        ColumnDomain d = table.domain(slot);
        switch (d.type()) {
            case STRING:
            case BOOLEAN:
                int cell = d.cellOfChars(b, off, len);
                return cell >= 0 ? cell(slot, cell) : fail(slot, new String(b, off, len), "true or false");
            case NUMBER:
                double v = DecimalChars.parse(b, off, len);
                if (Double.isNaN(v)) {
                    try {
                        v = Double.parseDouble(new String(b, off, len));
                    } catch (NumberFormatException e) {
                        return fail(slot, new String(b, off, len), "a number");
                    }
                }
                return setNumber(slot, v);
            default:
                return setText(slot, new String(b, off, len));
        }
    }

    private FactRow cell(int slot, int cell) {
        cells[slot] = cell;
        if (slotErrors[slot] != null) {
            slotErrors[slot] = null;
            errorCount--;
        }
        return this;
    }

    private FactRow fail(int slot, String text, String expected) {
        InputColumn col = table.table().inputs().get(slot);
        cell(slot, 0);
        slotErrors[slot] = new EngineError(
                "INPUT_TYPE",
                "Input '" + col.expression() + "' expects " + expected + " but got '" + text + "'",
                java.util.List.of(),
                col.expression(),
                text);
        errorCount++;
        return this;
    }

    /** The first input conversion error, or null. */
    EngineError inputError() {
        if (errorCount == 0) {
            return null;
        }
        for (EngineError e : slotErrors) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The cell index currently set for a slot (see {@link ColumnDomain}). */
    public int cell(int slot) {
        return cells[slot];
    }

    boolean hasInputError() {
        return errorCount > 0;
    }
}
