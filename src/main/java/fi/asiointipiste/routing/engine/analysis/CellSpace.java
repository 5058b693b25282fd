package fi.asiointipiste.routing.engine.analysis;

import fi.asiointipiste.routing.engine.compile.ColumnDomain;
import fi.asiointipiste.routing.engine.compile.ParsedTable;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import java.util.BitSet;

/**
 * The table viewed as a product of per-column cells: which legal cells each rule accepts, and for each cell the
 * set of rules (bits in rule order) that accept it.
 */
final class CellSpace {
    final ParsedTable parsed;
    final ColumnDomain[] domains;
    final BitSet[] legal;
    final BitSet[][] ruleCells;
    final long[][][] cellRules;
    final int words;
    final int rules;

    CellSpace(ParsedTable parsed) {
        this.parsed = parsed;
        this.domains = TableCompiler.domains(parsed);
        int cols = domains.length;
        this.rules = parsed.table().rules().size();
        this.words = Math.max(1, (rules + 63) / 64);
        this.legal = new BitSet[cols];
        this.ruleCells = new BitSet[rules][cols];
        this.cellRules = new long[cols][][];
        for (int c = 0; c < cols; c++) {
            boolean[] valid = TableCompiler.validCells(domains[c], parsed.allowedInputs()[c]);
            legal[c] = new BitSet();
            cellRules[c] = new long[valid.length][words];
            for (int r = 0; r < rules; r++) {
                ruleCells[r][c] = new BitSet();
            }
            for (int k = 0; k < valid.length; k++) {
                if (!valid[k]) {
                    continue;
                }
                legal[c].set(k);
                Object rep = domains[c].representative(k);
                for (int r = 0; r < rules; r++) {
                    if (parsed.tests()[r][c].matches(rep)) {
                        ruleCells[r][c].set(k);
                        cellRules[c][k][r >>> 6] |= 1L << r;
                    }
                }
            }
        }
    }

    int columns() {
        return domains.length;
    }

    String name(int column) {
        return parsed.table().inputs().get(column).expression();
    }

    /** Whether the rule accepts at least one legal input. */
    boolean inhabited(int rule) {
        for (int c = 0; c < columns(); c++) {
            if (ruleCells[rule][c].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    Object value(int column, int cell) {
        Object v = domains[column].representative(cell);
        return v == ColumnDomain.OTHER_STRING ? "(other)" : v;
    }
}
