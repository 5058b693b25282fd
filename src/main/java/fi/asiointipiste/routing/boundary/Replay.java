package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.FactRow;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.List;

/**
 * Decides stored decisions again with one table, fast: the stored facts text ({@link RoutingFacts#toText()}) is
 * read in place into one reusable fact row, so a replay of a million errands allocates next to nothing per
 * errand. The result is exactly that of deciding {@link RoutingFacts#parse} of the same text (a test compares
 * the two). Not thread-safe: one replay per thread. Only single-hit tables with a {@code supportLevel} output can
 * be replayed ({@link Routing#replay} checks).
 */
public final class Replay {

    private static final SupportLevel[] LEVELS = SupportLevel.values();

    private final CompiledTable table;
    private final FactRow row;
    private final char[][] names;
    private final TypeRef[] types;
    private final int levelColumn;
    private final int agencyColumn;
    private char[] buffer = new char[512];
    private Decision decision;
    private SupportLevel level;

    Replay(CompiledTable table) {
        this.table = table;
        this.row = table.newRow();
        int n = table.inputCount();
        this.names = new char[n][];
        this.types = new TypeRef[n];
        for (int i = 0; i < n; i++) {
            names[i] = table.table().inputs().get(i).expression().toCharArray();
            types[i] = table.domain(i).type();
        }
        this.levelColumn = table.table().outputIndex("supportLevel");
        this.agencyColumn = table.table().outputIndex("agency");
    }

    /**
     * Decides the stored facts; true when a rule matched and gave one of the support levels, false when the
     * table could not decide them (an error, no matching rule, or a level that is not one of the three).
     */
    public boolean decide(String storedFacts) {
        level = null;
        if (storedFacts == null) {
            decision = null;
            return false;
        }
        row.clear();
        if (!read(storedFacts)) {
            row.clear();
            RoutingFacts.parse(storedFacts).values().forEach(row::set);
        }
        decision = table.decide(row);
        if (decision.isError() || decision.matchCount() == 0) {
            return false;
        }
        level = levelOf(decision.output(levelColumn));
        return level != null;
    }

    /** The level of the last decision, or null when it could not be decided. */
    public SupportLevel level() {
        return level;
    }

    /** The rule that made the last decision, or null. */
    public String ruleId() {
        return level == null ? null : decision.matchedRuleId(0);
    }

    /** The agency of the last decision ({@code NONE} when no agency's staff take part), or null. */
    public String agency() {
        if (level == null || agencyColumn < 0) {
            return null;
        }
        Object agency = decision.output(agencyColumn);
        return agency == null ? null : agency.toString();
    }

    /** The error code of the last decision when it could not be decided: an engine code or NO_MATCH / NO_LEVEL. */
    public String problem() {
        if (level != null) {
            return null;
        }
        if (decision == null) {
            return "NO_FACTS";
        }
        return decision.isError() ? decision.error().code() : decision.matchCount() == 0 ? "NO_MATCH" : "NO_LEVEL";
    }

    private static SupportLevel levelOf(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        for (SupportLevel l : LEVELS) {
            if (l.name().equals(text)) {
                return l;
            }
        }
        return null;
    }

    /** Reads {@code name=value;…} into the row; false for text it leaves to the general parser (escapes). */
    private boolean read(String text) {
        int len = text.length();
        if (buffer.length < len) {
            buffer = new char[Math.max(len, buffer.length * 2)];
        }
        char[] b = buffer;
        text.getChars(0, len, b, 0);
        int i = 0;
        while (i < len) {
            int eq = i;
            while (eq < len && b[eq] != '=') {
                eq++;
            }
            if (eq == len) {
                return false;
            }
            int slot = slot(b, i, eq - i);
            int j = eq + 1;
            int end;
            if (j < len && b[j] == '"') {
                int close = j + 1;
                while (close < len && b[close] != '"') {
                    if (b[close] == '\\') {
                        return false;
                    }
                    close++;
                }
                if (close == len) {
                    return false;
                }
                if (slot >= 0) {
                    if (types[slot] == TypeRef.STRING) {
                        row.setChars(slot, b, j + 1, close - j - 1);
                    } else {
                        row.set(slot, new String(b, j + 1, close - j - 1));
                    }
                }
                end = close + 1;
            } else {
                end = j;
                while (end < len && b[end] != ';') {
                    end++;
                }
                if (slot >= 0 && !literal(slot, b, j, end - j)) {
                    return false;
                }
            }
            if (end < len && b[end] != ';') {
                return false;
            }
            i = end + 1;
        }
        return true;
    }

    private boolean literal(int slot, char[] b, int off, int n) {
        if (is(b, off, n, "null")) {
            row.setNull(slot);
        } else if (is(b, off, n, "true") || is(b, off, n, "false")) {
            boolean value = n == 4;
            if (types[slot] == TypeRef.BOOLEAN) {
                row.setBoolean(slot, value);
            } else {
                row.set(slot, value);
            }
        } else if (types[slot] == TypeRef.NUMBER) {
            row.setChars(slot, b, off, n);
        } else {
            return false; // a number for a column of another type: the general path reports it the same way
        }
        return true;
    }

    private static boolean is(char[] b, int off, int n, String word) {
        if (n != word.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[off + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int slot(char[] b, int off, int n) {
        for (int s = 0; s < names.length; s++) {
            char[] name = names[s];
            if (name.length == n && java.util.Arrays.equals(name, 0, n, b, off, off + n)) {
                return s;
            }
        }
        return -1;
    }

    /** The table's input names, for tests. */
    List<String> inputs() {
        return table.table().inputs().stream().map(c -> c.expression()).toList();
    }
}
