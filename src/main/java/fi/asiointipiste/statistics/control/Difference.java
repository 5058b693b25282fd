package fi.asiointipiste.statistics.control;

import java.io.Serializable;

/**
 * A difference between estimates with its standard error and its 95 % confidence interval (normal approximation:
 * estimate ± 1.96 · standard error). The estimates come from disjoint sets of point-days, so they are independent
 * and their variances add up.
 */
public record Difference(double estimate, double standardError) implements Serializable {

    /** The two-sided 95 % quantile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;

    public double low() {
        return estimate - Z95 * standardError;
    }

    public double high() {
        return estimate + Z95 * standardError;
    }

    /** Whether the interval leaves out zero: a change that noise alone would seldom (under 5 %) produce. */
    public boolean excludesZero() {
        return low() > 0 || high() < 0;
    }

    /** (after − before) · scale, or null when either lacks an estimate or a variance. */
    public static Difference between(ClusteredRatio after, ClusteredRatio before, double scale) {
        if (!usable(after) || !usable(before)) {
            return null;
        }
        return new Difference(
                scale * (after.estimate() - before.estimate()),
                scale * Math.sqrt(after.variance() + before.variance()));
    }

    /**
     * Difference in differences, (pilot after − pilot before) − (comparison after − comparison before), · scale:
     * the pilot points' change beyond the change the comparison points had over the same time. Null when any of
     * the four lacks an estimate or a variance.
     */
    public static Difference inDifferences(
            ClusteredRatio pilotAfter,
            ClusteredRatio pilotBefore,
            ClusteredRatio comparisonAfter,
            ClusteredRatio comparisonBefore,
            double scale) {
        if (!usable(pilotAfter) || !usable(pilotBefore) || !usable(comparisonAfter) || !usable(comparisonBefore)) {
            return null;
        }
        double estimate = pilotAfter.estimate()
                - pilotBefore.estimate()
                - (comparisonAfter.estimate() - comparisonBefore.estimate());
        double variance = pilotAfter.variance()
                + pilotBefore.variance()
                + comparisonAfter.variance()
                + comparisonBefore.variance();
        return new Difference(scale * estimate, scale * Math.sqrt(variance));
    }

    /**
     * Enough to estimate: at least {@value SmallCells#THRESHOLD} observations (the small-cell threshold; fewer
     * tell nothing and would be hidden anyway) from at least two point-days (for a variance).
     */
    static boolean usable(ClusteredRatio r) {
        return r != null && r.observations() >= SmallCells.THRESHOLD && r.variance() != null;
    }
}
