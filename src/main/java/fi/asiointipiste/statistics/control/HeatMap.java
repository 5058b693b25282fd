package fi.asiointipiste.statistics.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrivals by weekday and hour as a staffing heat map: the average number of arrivals in each hour of each
 * weekday of the period, and a shade from 0 (none) to {@value #LEVELS} (the busiest hour) for each cell. The
 * page colours the cells by the shade and prints the value in them, so colour is never the only carrier.
 */
public class HeatMap implements Serializable {

    public static final int LEVELS = 7;

    private final List<Integer> hours = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final double max;

    /** counts[weekday 0..6][hour 0..23]: arrivals summed over the period from..until. */
    public HeatMap(long[][] counts, LocalDate from, LocalDate until) {
        int first = 24;
        int last = -1;
        for (long[] day : counts) {
            for (int h = 0; h < 24; h++) {
                if (day[h] > 0) {
                    first = Math.min(first, h);
                    last = Math.max(last, h);
                }
            }
        }
        for (int h = first; h <= last; h++) {
            hours.add(h);
        }
        double busiest = 0;
        for (DayOfWeek weekday : DayOfWeek.values()) {
            long days = occurrences(weekday, from, until);
            List<Double> averages = new ArrayList<>();
            long total = 0;
            for (int h : hours) {
                long count = counts[weekday.getValue() - 1][h];
                total += count;
                double average = days == 0 ? 0 : (double) count / days;
                averages.add(average);
                busiest = Math.max(busiest, average);
            }
            rows.add(new Row(weekday, averages, total));
        }
        max = busiest;
    }

    /** How many times the weekday occurs in the period (both ends included). */
    static long occurrences(DayOfWeek weekday, LocalDate from, LocalDate until) {
        long days = until.toEpochDay() - from.toEpochDay() + 1;
        long count = days / 7;
        int offset = (weekday.getValue() - from.getDayOfWeek().getValue() + 7) % 7;
        return count + (offset < days % 7 ? 1 : 0);
    }

    /** 0 for no arrivals, otherwise 1..LEVELS in equal steps up to the busiest hour. */
    public int level(double value) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(LEVELS, (int) Math.ceil(value / max * LEVELS)));
    }

    /** The legend: for each shade 1..LEVELS the upper bound of its averages. */
    public List<Double> getLegend() {
        List<Double> bounds = new ArrayList<>();
        for (int level = 1; level <= LEVELS; level++) {
            bounds.add(max * level / LEVELS);
        }
        return bounds;
    }

    public List<Integer> getHours() {
        return hours;
    }

    public List<Row> getRows() {
        return rows;
    }

    public double getMax() {
        return max;
    }

    public boolean isEmpty() {
        return hours.isEmpty();
    }

    /** One weekday: its average arrivals per hour (in the order of {@link #getHours()}) and its total. */
    public class Row implements Serializable {
        private final DayOfWeek weekday;
        private final List<Double> averages;
        private final long total;

        Row(DayOfWeek weekday, List<Double> averages, long total) {
            this.weekday = weekday;
            this.averages = averages;
            this.total = total;
        }

        public DayOfWeek getWeekday() {
            return weekday;
        }

        public List<Double> getAverages() {
            return averages;
        }

        public List<Integer> getLevels() {
            return averages.stream().map(HeatMap.this::level).toList();
        }

        public long getTotal() {
            return total;
        }
    }
}
