package fi.asiointipiste.statistics.control;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A ratio of two sums, R = Σy / Σx, over independent clusters, with its cluster-robust variance. In the pilot
 * report a cluster is one service point on one day (a point-day): y is, for example, the day's overridden errands
 * and x its errands, or the day's waiting minutes and its waiting visits. Errands of one visit and visits of one
 * day share their conditions (the queue, the staff on duty), so they are not independent observations; point-days
 * are treated as independent of each other.
 *
 * <p>Variance by linearisation (the delta method for a ratio of totals), with the small-sample factor k/(k−1):
 * V(R) = k/(k−1) · Σᵢ (yᵢ − R·xᵢ)² / (Σx)². It needs at least two clusters. Clusters with x = 0 (a day without any
 * observation of the measure) carry no information and are not counted.
 */
public final class ClusteredRatio implements Serializable {

    private double[] ys = new double[32];
    private double[] xs = new double[32];
    private int clusters;
    private double sumY;
    private double sumX;

    /** One cluster: its numerator and denominator (x ≤ 0 is left out). */
    public ClusteredRatio add(double y, double x) {
        if (x <= 0) {
            return this;
        }
        if (clusters == ys.length) {
            ys = Arrays.copyOf(ys, clusters * 2);
            xs = Arrays.copyOf(xs, clusters * 2);
        }
        ys[clusters] = y;
        xs[clusters] = x;
        clusters++;
        sumY += y;
        sumX += x;
        return this;
    }

    /** Σy / Σx, or null without observations. */
    public Double estimate() {
        return sumX > 0 ? sumY / sumX : null;
    }

    /** The linearised cluster-robust variance of the estimate, or null with fewer than two clusters. */
    public Double variance() {
        if (clusters < 2) {
            return null;
        }
        double r = sumY / sumX;
        double squares = 0;
        for (int i = 0; i < clusters; i++) {
            double residual = ys[i] - r * xs[i];
            squares += residual * residual;
        }
        return (double) clusters / (clusters - 1) * squares / (sumX * sumX);
    }

    /** Σx: the observations (errands, visits, answers) the ratio is of. */
    public double observations() {
        return sumX;
    }

    /** Σy: e.g. the overridden errands; for an average, the sum of minutes or scores. */
    public double numerator() {
        return sumY;
    }

    /** How many clusters (point-days) had an observation. */
    public int clusters() {
        return clusters;
    }
}
