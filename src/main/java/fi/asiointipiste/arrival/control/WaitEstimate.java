package fi.asiointipiste.arrival.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Estimates how long a newcomer waits, as a range: a small Monte Carlo replay of the queue ahead of them.
 *
 * <p>Each run draws every customer's handling time from the measured distribution of their errands' support levels
 * at the point and hour ({@link HandlingTimes}): a ticket with several errands takes the sum of one draw per errand,
 * one whose level is unknown draws from all levels, and the customer already at a desk draws a total longer than
 * the time already spent there. The tickets ahead are then given, in the order the desks will call them, to the
 * serving desk that is free first (a ticket meant only for an agency's specialist goes to that agency's desks), and
 * the newcomer's wait is when their desk becomes free. Over {@link #RUNS} runs the range is the 20th to the 80th
 * percentile, widened outwards to whole {@value #STEP}-minute steps: the range a customer is shown.
 */
public final class WaitEstimate {

    /** Runs per estimate. */
    public static final int RUNS = 400;

    /** The range is shown in steps of this many minutes. */
    public static final int STEP = 5;

    private WaitEstimate() {}

    /**
     * The measured handling times of one kind of errand, in minutes, sorted ascending; empty when nothing was
     * measured. A null level asks for all levels together.
     */
    public interface HandlingTimes {
        double[] minutes(SupportLevel level);
    }

    /**
     * A desk that is serving now.
     *
     * @param agency        the agency of a specialist desk, null for a general desk
     * @param busyWith      the levels of the errands of the customer at the desk now; null when the desk is free
     * @param minutesSoFar  how long that customer has been at the desk
     */
    public record Desk(String agency, List<SupportLevel> busyWith, double minutesSoFar) {}

    /**
     * A ticket in the queue or a newcomer.
     *
     * @param levels          one entry per open errand (null for an unknown level); empty: "help me", one unknown
     * @param onlyForAgencies the specialist agencies the ticket waits for, when it waits for nothing else
     */
    public record Job(List<SupportLevel> levels, Set<String> onlyForAgencies) {}

    /**
     * A range of minutes to show, with the median of the runs.
     */
    public record Range(int low, int high, double median) {

        /** For the pages (Expression Language 5 reads getters, not record accessors). */
        public int getLow() {
            return low;
        }

        public int getHigh() {
            return high;
        }
    }

    /** The newcomer's waiting-time range; null when no desk is serving or nothing has been measured. */
    public static Range estimate(List<Desk> serving, List<Job> ahead, Job newcomer, HandlingTimes times, long seed) {
        if (serving.isEmpty() || times.minutes(null).length == 0) {
            return null;
        }
        Random random = new Random(seed);
        double[] waits = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            waits[run] = once(serving, ahead, newcomer, times, random);
        }
        Arrays.sort(waits);
        return range(percentile(waits, 0.2), percentile(waits, 0.8), percentile(waits, 0.5));
    }

    /** The shown range around the 20th and 80th percentiles: outwards to whole steps, at least one step wide. */
    static Range range(double p20, double p80, double median) {
        int low = (int) (Math.floor(p20 / STEP) * STEP);
        int high = (int) (Math.ceil(p80 / STEP) * STEP);
        if (high <= low) {
            high = low + STEP;
        }
        return new Range(low, high, median);
    }

    private static double once(List<Desk> serving, List<Job> ahead, Job newcomer, HandlingTimes times, Random random) {
        double[] free = new double[serving.size()];
        for (int i = 0; i < free.length; i++) {
            Desk desk = serving.get(i);
            free[i] = desk.busyWith() == null ? 0 : remaining(desk.busyWith(), desk.minutesSoFar(), times, random);
        }
        for (Job job : ahead) {
            int k = firstFree(serving, free, job);
            free[k] += handling(job.levels(), times, random);
        }
        return free[firstFree(serving, free, newcomer)];
    }

    /** The desk that becomes free first among those that will call the job. */
    private static int firstFree(List<Desk> serving, double[] free, Job job) {
        boolean specialistOnly = !job.onlyForAgencies().isEmpty()
                && serving.stream()
                        .anyMatch(
                                d -> d.agency() != null && job.onlyForAgencies().contains(d.agency()));
        int best = -1;
        for (int i = 0; i < free.length; i++) {
            String agency = serving.get(i).agency();
            boolean eligible =
                    !specialistOnly || agency != null && job.onlyForAgencies().contains(agency);
            if (eligible && (best < 0 || free[i] < free[best])) {
                best = i;
            }
        }
        return best;
    }

    static double handling(List<SupportLevel> levels, HandlingTimes times, Random random) {
        if (levels.isEmpty()) {
            return draw(times, null, random);
        }
        double sum = 0;
        for (SupportLevel level : levels) {
            sum += draw(times, level, random);
        }
        return sum;
    }

    /** Time left for the customer at a desk: a total longer than the time already spent, drawn a few times. */
    static double remaining(List<SupportLevel> levels, double soFar, HandlingTimes times, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            double total = handling(levels, times, random);
            if (total > soFar) {
                return total - soFar;
            }
        }
        return 1;
    }

    private static double draw(HandlingTimes times, SupportLevel level, Random random) {
        double[] sample = times.minutes(level);
        if (sample.length == 0) {
            sample = times.minutes(null);
        }
        return sample[random.nextInt(sample.length)];
    }

    static double percentile(double[] sorted, double p) {
        double index = p * (sorted.length - 1);
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (index - lo);
    }

    /** Handling times from lists of measured minutes per level (null key: all levels), for tests and the backtest. */
    public static HandlingTimes of(java.util.Map<SupportLevel, List<Double>> byLevel) {
        java.util.Map<SupportLevel, double[]> sorted = new java.util.EnumMap<>(SupportLevel.class);
        List<Double> all = new ArrayList<>();
        byLevel.forEach((level, list) -> {
            sorted.put(
                    level,
                    list.stream().mapToDouble(Double::doubleValue).sorted().toArray());
            all.addAll(list);
        });
        double[] any = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return level -> level == null ? any : sorted.getOrDefault(level, new double[0]);
    }
}
