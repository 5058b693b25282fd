package fi.asiointipiste.statistics.control;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.statistics.control.TableData.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A pilot report's tables as the exports and the printout give them, with the statistics' small-cell rule applied
 * to the report's own shape (docs/statistics.md, "Privacy"):
 * <ol>
 * <li>a value whose observations (errands, visits, answers) number 1 to 4 is withheld and its count written "&lt;5";
 * so is a share whose numerator (the errands or visits that had the property) is 1 to 4, since share × count
 * would give it away;</li>
 * <li>the three support-level shares of one group and period add up to 100 %: when exactly one of them is withheld,
 * the smallest other non-zero one is withheld too, so it cannot be derived by subtraction;</li>
 * <li>a change or a difference in differences that uses a withheld value is withheld too.</li>
 * </ol>
 */
public final class PilotTables {

    /** The cells of a measure's row: pilot before, pilot during, comparison before, comparison during. */
    static final int CELLS = 4;

    private static final List<PilotMeasure> LEVELS =
            List.of(PilotMeasure.SELF_SERVICE_SHARE, PilotMeasure.GUIDED_SHARE, PilotMeasure.FULL_ASSISTANCE_SHARE);

    private PilotTables() {}

    /** Which of each measure's four cells the small-cell rule withholds. */
    public static Map<PilotMeasure, boolean[]> hidden(PilotFigures figures) {
        Map<PilotMeasure, boolean[]> hidden = new EnumMap<>(PilotMeasure.class);
        for (PilotFigures.Row row : figures.rows()) {
            PilotFigures.Cell[] cells = cells(row);
            boolean[] flags = new boolean[CELLS];
            for (int i = 0; i < CELLS; i++) {
                flags[i] = small(cells[i]);
            }
            hidden.put(row.measure(), flags);
        }
        for (int i = 0; i < CELLS; i++) {
            int withheld = 0;
            for (PilotMeasure level : LEVELS) {
                withheld += hidden.get(level)[i] ? 1 : 0;
            }
            if (withheld == 1) {
                PilotMeasure smallest = null;
                long least = Long.MAX_VALUE;
                for (PilotMeasure level : LEVELS) {
                    PilotFigures.Cell cell = cells(figures.row(level))[i];
                    long count = cell.count() == null ? 0 : cell.count();
                    if (!hidden.get(level)[i] && count > 0 && count < least) {
                        least = count;
                        smallest = level;
                    }
                }
                if (smallest != null) {
                    hidden.get(smallest)[i] = true;
                }
            }
        }
        return hidden;
    }

    /** Whether a week's cell is withheld (rule 1; weeks are exported one measure at a time). */
    public static boolean hidden(PilotFigures.Cell cell) {
        return small(cell);
    }

    /**
     * Every measure with its four values and their observations, the two changes, the difference in differences
     * with its 95 % interval, and the verdict of the measures that decide success; suppressed as above.
     */
    public static TableData measures(PilotFigures figures) {
        TableData t = new TableData("pilot-measures", "pilots.report.measures")
                .column("pilots.report.col.measure", Kind.LABEL)
                .column("pilots.report.col.unit", Kind.LABEL)
                .column("pilots.report.col.pilotBeforeN", Kind.COUNT)
                .column("pilots.report.col.pilotBefore", Kind.DECIMAL)
                .column("pilots.report.col.pilotDuringN", Kind.COUNT)
                .column("pilots.report.col.pilotDuring", Kind.DECIMAL)
                .column("pilots.report.col.comparisonBeforeN", Kind.COUNT)
                .column("pilots.report.col.comparisonBefore", Kind.DECIMAL)
                .column("pilots.report.col.comparisonDuringN", Kind.COUNT)
                .column("pilots.report.col.comparisonDuring", Kind.DECIMAL)
                .column("pilots.report.col.pilotChange", Kind.DECIMAL)
                .column("pilots.report.col.comparisonChange", Kind.DECIMAL)
                .column("pilots.report.col.difference", Kind.DECIMAL)
                .column("pilots.report.col.low", Kind.DECIMAL)
                .column("pilots.report.col.high", Kind.DECIMAL)
                .column("pilots.report.col.verdict", Kind.LABEL);
        Map<PilotMeasure, boolean[]> hidden = hidden(figures);
        for (PilotFigures.Row row : figures.rows()) {
            boolean[] h = hidden.get(row.measure());
            PilotFigures.Cell[] c = cells(row);
            List<Object> cells = new ArrayList<>(List.of(
                    "PilotMeasure." + row.measure(),
                    "pilots.unit." + row.measure().unit()));
            for (int i = 0; i < CELLS; i++) {
                cells.add(count(c[i].observations(), h[i]));
                cells.add(h[i] ? SmallCells.WITHHELD : c[i].value());
            }
            cells.add(h[0] || h[1] ? SmallCells.WITHHELD : estimate(row.pilotChange()));
            cells.add(h[2] || h[3] ? SmallCells.WITHHELD : estimate(row.comparisonChange()));
            boolean any = h[0] || h[1] || h[2] || h[3];
            cells.add(any ? SmallCells.WITHHELD : estimate(row.difference()));
            cells.add(
                    any
                            ? SmallCells.WITHHELD
                            : row.difference() == null ? null : row.difference().low());
            cells.add(
                    any
                            ? SmallCells.WITHHELD
                            : row.difference() == null ? null : row.difference().high());
            cells.add(row.verdict() == null ? null : "PilotFigures.Verdict." + row.verdict());
            t.row(cells.toArray());
        }
        return t;
    }

    /** One measure week by week at the pilot and at the comparison points: the chart's figures. */
    public static TableData weeks(PilotFigures figures, PilotMeasure measure) {
        TableData t = new TableData("pilot-weeks", "pilots.report.weeks")
                .column("pilots.report.col.week", Kind.TEXT)
                .column("pilots.report.col.period", Kind.LABEL)
                .column("pilots.report.col.pilotN", Kind.COUNT)
                .column("pilots.report.col.pilotValue", Kind.DECIMAL)
                .column("pilots.report.col.comparisonN", Kind.COUNT)
                .column("pilots.report.col.comparisonValue", Kind.DECIMAL);
        for (PilotFigures.Week week : figures.weeks().get(measure)) {
            boolean p = small(week.pilot());
            boolean c = small(week.comparison());
            t.row(
                    week.monday().toString(),
                    week.during() ? "pilots.report.during" : "pilots.report.before",
                    count(week.pilot().observations(), p),
                    p ? SmallCells.WITHHELD : week.pilot().value(),
                    count(week.comparison().observations(), c),
                    c ? SmallCells.WITHHELD : week.comparison().value());
        }
        return t;
    }

    static PilotFigures.Cell[] cells(PilotFigures.Row row) {
        return new PilotFigures.Cell[] {
            row.pilotBefore(), row.pilotDuring(), row.comparisonBefore(), row.comparisonDuring()
        };
    }

    private static boolean small(PilotFigures.Cell cell) {
        return isSmall(cell.observations()) || cell.count() != null && isSmall(cell.count());
    }

    private static boolean isSmall(long n) {
        return n > 0 && n < SmallCells.THRESHOLD;
    }

    /** A count withheld with its value (an observation count of 5 or more whose share's numerator is small stays). */
    private static Object count(long observations, boolean hidden) {
        return hidden && isSmall(observations) ? SmallCells.HIDDEN : (Object) observations;
    }

    private static Double estimate(Difference d) {
        return d == null ? null : d.estimate();
    }
}
