package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The staff-time arithmetic of a simulation: each changed decision moves an errand from one level's measured
 * average handling time to another's; summed over the from → to matrix and spread over the simulated period, the
 * change in staff hours per month. A level whose time could not be measured (no served errand at it) leaves the
 * decisions moving to or from it out, and the estimate says how many it left out.
 */
public final class StaffHours {

    /** The average month: 365.2425 / 12 days. */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;

    private static final int N = SupportLevel.values().length;

    /**
     * @param minutesChange      staff minutes the changed decisions add (negative: save) over the whole period
     * @param hoursPerMonth      the same in hours per average month of the period
     * @param decisionsEstimated changed decisions whose two levels both have a measured time
     * @param decisionsLeftOut   changed decisions left out because a level has no measured time
     */
    @Schema(
            name = "StaffHoursEstimate",
            description = "The change in staff time the changed decisions of a simulation would make")
    public record Estimate(
            @Schema(description = "Staff minutes the changed decisions add over the whole period (negative: saved)")
            double minutesChange,

            @Schema(description = "The same in hours per average month (365.2425 / 12 days) of the period")
            double hoursPerMonth,

            @Schema(description = "Changed decisions whose two levels both have a measured handling time")
            long decisionsEstimated,

            @Schema(description = "Changed decisions left out because a level has no measured handling time")
            long decisionsLeftOut)
            implements java.io.Serializable {}

    private StaffHours() {}

    /**
     * @param matrix         changed and unchanged decisions, [current level][new level] by ordinal
     * @param averageMinutes measured average handling minutes of one errand per level, null where not measured
     * @param days           length of the simulated period in days (at least one)
     */
    public static Estimate estimate(long[][] matrix, Double[] averageMinutes, long days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day");
        }
        double minutes = 0;
        long estimated = 0;
        long leftOut = 0;
        for (int from = 0; from < N; from++) {
            for (int to = 0; to < N; to++) {
                long n = matrix[from][to];
                if (from == to || n == 0) {
                    continue;
                }
                if (averageMinutes[from] == null || averageMinutes[to] == null) {
                    leftOut += n;
                } else {
                    minutes += n * (averageMinutes[to] - averageMinutes[from]);
                    estimated += n;
                }
            }
        }
        double months = days / DAYS_PER_MONTH;
        return new Estimate(minutes, minutes / 60 / months, estimated, leftOut);
    }
}
