package fi.asiointipiste.statistics.control;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a pilot report: for every measure, its value at the pilot points and at the comparison points in
 * the period before and during the pilot, the two changes and the difference in differences with their 95 %
 * confidence intervals, the verdict for each success measure, and the measures week by week.
 *
 * @param rows one per measure, in the order of {@link PilotMeasure}
 * @param weeks per measure, the value of each week (Monday) of both periods for both groups
 */
public record PilotFigures(ReportPeriods periods, List<Row> rows, Map<PilotMeasure, List<Week>> weeks)
        implements Serializable {

    /**
     * What the evidence says about one success measure: MET (the whole interval lies on the wanted side of zero and
     * the estimate reaches the minimum change), TOO_SMALL (a real change in the wanted direction, but smaller than
     * the minimum), OPPOSITE (a real change the other way), INCONCLUSIVE (the interval includes zero: not
     * distinguishable from noise), NO_DATA (too few observations to tell).
     */
    public enum Verdict {
        MET,
        TOO_SMALL,
        INCONCLUSIVE,
        OPPOSITE,
        NO_DATA
    }

    /**
     * One value: the estimate in the measure's unit (null without observations), the observations it is of
     * (errands, visits or answers), the numerator for shares (how many errands or visits had the property; null for
     * averages), and the point-days they came from.
     */
    public record Cell(Double value, long observations, Long count, int clusters) implements Serializable {}

    /**
     * One measure. pilotChange and comparisonChange are during − before; difference is their difference (the
     * difference in differences). criterion and verdict are null when the measure does not decide success.
     */
    public record Row(
            PilotMeasure measure,
            Cell pilotBefore,
            Cell pilotDuring,
            Cell comparisonBefore,
            Cell comparisonDuring,
            Difference pilotChange,
            Difference comparisonChange,
            Difference difference,
            SuccessCriterion criterion,
            Verdict verdict)
            implements Serializable {

        public boolean isDeciding() {
            return criterion != null;
        }
    }

    /** One week (from its Monday) of one measure at the pilot and at the comparison points; during: the pilot ran. */
    public record Week(LocalDate monday, Cell pilot, Cell comparison, boolean during) implements Serializable {}

    public Row row(PilotMeasure measure) {
        return rows.stream().filter(r -> r.measure() == measure).findFirst().orElseThrow();
    }

    /** The rows of the measures that decide success, in the pilot's order. */
    public List<Row> deciding() {
        return rows.stream().filter(Row::isDeciding).toList();
    }

    /** The verdict for a success criterion given the difference in differences (see {@link Verdict}). */
    public static Verdict verdict(SuccessCriterion criterion, Difference difference) {
        if (difference == null) {
            return Verdict.NO_DATA;
        }
        double towards = criterion.towardsGoal(difference.estimate());
        double a = criterion.towardsGoal(difference.low());
        double b = criterion.towardsGoal(difference.high());
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        if (low > 0) {
            return towards >= criterion.getMinimumChange() ? Verdict.MET : Verdict.TOO_SMALL;
        }
        return high < 0 ? Verdict.OPPOSITE : Verdict.INCONCLUSIVE;
    }
}
