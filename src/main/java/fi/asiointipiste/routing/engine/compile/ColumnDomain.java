package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.routing.engine.feel.FeelValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The partition of one input column's values into cells that no test of the table can tell apart.
 * Cell 0 is null. For string and boolean columns, cell 1 is "any other value" and cells 2.. are the literals the
 * table mentions. For number and date columns, the sorted boundary points p0 &lt; p1 &lt; ... give the cells
 * (-inf,p0), {p0}, (p0,p1), {p1}, ..., (pk,+inf) numbered from 1. Because every test only compares with these
 * points, one representative value per cell decides a test for the whole cell.
 */
public final class ColumnDomain {
    /** A string no table can mention (it contains NUL), standing for every value not listed. */
    public static final String OTHER_STRING = "\u0000other";

    private final TypeRef type;
    private final Map<Object, Integer> codes = new HashMap<>();
    private final Object[] discrete;
    private final double[] points;
    private final char[][] discreteChars;

    private ColumnDomain(TypeRef type, Object[] discrete, double[] points) {
        this.type = type;
        this.discrete = discrete;
        this.points = points;
        this.discreteChars = discrete == null ? null : new char[discrete.length][];
        for (int i = 0; discrete != null && i < discrete.length; i++) {
            discreteChars[i] = discrete[i].toString().toCharArray();
        }
        for (int i = 0; discrete != null && i < discrete.length; i++) {
            codes.put(discrete[i], i + 2);
        }
    }

    /** Builds the partition from every literal mentioned in the column's tests and allowed values. */
    public static ColumnDomain of(TypeRef type, List<Object> literals) {
        if (type == TypeRef.NUMBER || type == TypeRef.DATE) {
            TreeSet<Double> pts = new TreeSet<>();
            for (Object l : literals) {
                if (l instanceof BigDecimal b) {
                    pts.add(b.doubleValue());
                } else if (l instanceof LocalDate d) {
                    pts.add((double) d.toEpochDay());
                }
            }
            return new ColumnDomain(
                    type, null, pts.stream().mapToDouble(Double::doubleValue).toArray());
        }
        List<Object> values = new ArrayList<>();
        if (type == TypeRef.BOOLEAN) {
            values.add(Boolean.FALSE);
            values.add(Boolean.TRUE);
        } else {
            literals.stream().filter(l -> l instanceof String).distinct().forEach(values::add);
        }
        return new ColumnDomain(type, values.toArray(), null);
    }

    public TypeRef type() {
        return type;
    }

    public int cellCount() {
        return points != null ? 2 * points.length + 2 : discrete.length + 2;
    }

    /** Cell of a discrete (string or boolean) value; unknown strings go to cell 1. */
    public int cellOfDiscrete(Object value) {
        if (value == null) {
            return 0;
        }
        Integer code = codes.get(value);
        return code == null ? 1 : code;
    }

    /**
     * Cell of a string or boolean written as characters, without allocating: a linear scan is fastest for the
     * few literals a column has. Returns -1 for a boolean column given anything but {@code true}/{@code false}.
     */
    public int cellOfChars(char[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        for (int i = 0; i < discreteChars.length; i++) {
            char[] v = discreteChars[i];
            if (v.length == len && java.util.Arrays.equals(v, 0, len, b, off, off + len)) {
                return i + 2;
            }
        }
        return type == TypeRef.BOOLEAN ? -1 : 1;
    }

    /** Cell of a number or a date's epoch day. */
    public int cellOfNumber(double v) {
        // + 0.0 turns -0.0 into 0.0, which binarySearch would otherwise order before 0.
        int i = java.util.Arrays.binarySearch(points, v + 0.0);
        return i >= 0 ? 2 + 2 * i : 1 + 2 * (-i - 1);
    }

    /** The cell of a value of this column's Java type (String, Boolean, Number, LocalDate) or null. */
    public int cellOf(Object value) {
        if (value == null) {
            return 0;
        }
        if (points == null) {
            return cellOfDiscrete(value);
        }
        return value instanceof LocalDate d
                ? cellOfNumber(d.toEpochDay())
                : cellOfNumber(((Number) value).doubleValue());
    }

    /** Whether a cell holds any value at all (a date interval between consecutive days holds none). */
    public boolean isInhabited(int cell) {
        if (cell == 1 && type == TypeRef.BOOLEAN) {
            return false;
        }
        if (type == TypeRef.DATE && cell % 2 == 1 && cell > 1 && cell < cellCount() - 1) {
            int i = (cell - 1) / 2;
            return points[i] - points[i - 1] > 1;
        }
        return true;
    }

    /**
     * A value in the cell, chosen to read well in examples: whole numbers where possible (age 70, not 69.5).
     */
    public Object representative(int cell) {
        if (cell == 0) {
            return null;
        }
        if (points == null) {
            return cell == 1 ? OTHER_STRING : discrete[cell - 2];
        }
        double v;
        if (points.length == 0) {
            v = 0;
        } else if (cell % 2 == 0) {
            v = points[(cell - 2) / 2];
        } else if (cell == 1) {
            v = Math.ceil(points[0]) - 1;
        } else if (cell == cellCount() - 1) {
            v = Math.floor(points[points.length - 1]) + 1;
        } else {
            double lo = points[(cell - 1) / 2 - 1];
            double hi = points[(cell - 1) / 2];
            double next = Math.floor(lo) + 1;
            v = next < hi ? next : (lo + hi) / 2;
        }
        if (type == TypeRef.DATE) {
            return LocalDate.ofEpochDay((long) v);
        }
        return new BigDecimal(FeelValues.toPlain(v));
    }

    /** Human-readable description of a cell, e.g. {@code null}, {@code "KELA"}, {@code (64..75)}. */
    public String describe(int cell) {
        if (cell == 0) {
            return "null";
        }
        if (points == null) {
            return cell == 1 ? "any other value" : FeelValues.toFeel(discrete[cell - 2]);
        }
        if (cell % 2 == 0) {
            return FeelValues.toFeel(representative(cell));
        }
        String lo = cell == 1 ? "-inf" : pointText((cell - 1) / 2 - 1);
        String hi = cell == cellCount() - 1 ? "+inf" : pointText((cell - 1) / 2);
        return "(" + lo + ".." + hi + ")";
    }

    private String pointText(int i) {
        return type == TypeRef.DATE ? LocalDate.ofEpochDay((long) points[i]).toString() : FeelValues.toPlain(points[i]);
    }
}
