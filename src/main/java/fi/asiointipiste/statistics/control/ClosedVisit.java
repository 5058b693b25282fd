package fi.asiointipiste.statistics.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A closed visit as the statistics see it: no customer, only point, times, profile, errands and the feedback
 * answer. {@link #cells()} is the single definition of what a visit adds to the aggregates, used both when a
 * visit closes and when everything is rebuilt, so the two can never disagree.
 */
public record ClosedVisit(
        long pointId,
        String channel,
        String status,
        LocalDateTime arrivedAt,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        Long profileId,
        List<Task> tasks,
        Integer ces,
        Integer nps) {

    /** Minutes above this are counted as this in the percentile histogram (a working day). */
    public static final int MAX_MINUTES = 600;
    /** Slice values meaning "all" (V8): every visit, every channel, every profile. */
    public static final long ALL_TASKS = 0;

    public static final String ALL_CHANNELS = "ALL";
    public static final long ALL_PROFILES = -1;

    public record Task(
            long serviceTaskId,
            String recommended,
            String applied,
            String reason,
            String outcome,
            Boolean selfDone,
            Long ruleSetId,
            String ruleId) {
        public boolean overridden() {
            return recommended != null && applied != null && !recommended.equals(applied);
        }
    }

    public boolean noShow() {
        return "NO_SHOW".equals(status);
    }

    /** The visit's highest applied support level: 0 none, 1 self-service, 2 guided, 3 full assistance. */
    public int levelRank() {
        return tasks.stream().mapToInt(t -> LevelRank.of(t.applied())).max().orElse(0);
    }

    public Long waitingMinutes() {
        return startedAt == null
                ? null
                : Math.max(0, Duration.between(arrivedAt, startedAt).toMinutes());
    }

    public Long handlingMinutes() {
        return startedAt == null || endedAt == null || noShow()
                ? null
                : Math.max(0, Duration.between(startedAt, endedAt).toMinutes());
    }

    /**
     * Everything this visit adds. Slice dimensions (see V8__statistics_filter_slices.sql) get a cell under the
     * actual value and one under "all", so every filter combination reads exactly one slice.
     */
    public List<AggregateCell> cells() {
        List<AggregateCell> cells = new ArrayList<>();
        LocalDate day = arrivedAt.toLocalDate();
        int rank = levelRank();
        Long waiting = waitingMinutes();
        Long handling = handlingMinutes();
        for (long errand : errandSlices()) {
            double[] visit = visitValues(true, errand);
            double[] arrival = {1, visit[2], visit[3]};
            add(cells, AggregateTable.VISIT_DAY, List.of(pointId, errand, day, channel, profile(), rank), visit);
            for (String c : channelSlices()) {
                for (long p : profileSlices()) {
                    add(
                            cells,
                            AggregateTable.ARRIVAL_HOUR,
                            List.of(pointId, errand, c, p, day, arrivedAt.getHour()),
                            arrival);
                    if (waiting != null) {
                        add(
                                cells,
                                AggregateTable.DURATION_DAY,
                                List.of(pointId, errand, c, p, day, rank, "W", (int) Math.min(waiting, MAX_MINUTES)),
                                new double[] {1});
                    }
                    if (handling != null) {
                        add(
                                cells,
                                AggregateTable.DURATION_DAY,
                                List.of(pointId, errand, c, p, day, rank, "H", (int) Math.min(handling, MAX_MINUTES)),
                                new double[] {1});
                    }
                }
            }
        }
        cells.addAll(taskCells(true));
        return cells;
    }

    /** Only the feedback part, for an answer that arrives after the visit was closed. */
    public List<AggregateCell> feedbackCells() {
        List<AggregateCell> cells = new ArrayList<>();
        for (long errand : errandSlices()) {
            add(
                    cells,
                    AggregateTable.VISIT_DAY,
                    List.of(pointId, errand, arrivedAt.toLocalDate(), channel, profile(), levelRank()),
                    visitValues(false, errand));
        }
        cells.addAll(taskCells(false));
        return cells;
    }

    /**
     * Adds a cell; a table with monthly rows gets it twice: under the day (grain 'D') and under the first day of
     * its month (grain 'M').
     */
    private static void add(List<AggregateCell> cells, AggregateTable table, List<Object> key, double[] values) {
        if (!table.monthly()) {
            cells.add(new AggregateCell(table, key, values));
            return;
        }
        for (String grain : List.of("D", "M")) {
            List<Object> stored = new ArrayList<>(key.size() + 1);
            for (Object part : key) {
                if (part instanceof LocalDate day) {
                    stored.add(grain);
                    stored.add(grain.equals("D") ? day : day.withDayOfMonth(1));
                } else {
                    stored.add(part);
                }
            }
            cells.add(new AggregateCell(table, List.copyOf(stored), values));
        }
    }

    /** All visits (0), then each distinct errand of the visit: the visits that included it. */
    private List<Long> errandSlices() {
        List<Long> errands = new ArrayList<>();
        errands.add(ALL_TASKS);
        tasks.stream().map(Task::serviceTaskId).distinct().forEach(errands::add);
        return errands;
    }

    private List<String> channelSlices() {
        return List.of(ALL_CHANNELS, channel);
    }

    private List<Long> profileSlices() {
        return List.of(ALL_PROFILES, profile());
    }

    private long profile() {
        return profileId == null ? 0 : profileId;
    }

    private List<AggregateCell> taskCells(boolean withTasks) {
        List<AggregateCell> cells = new ArrayList<>();
        LocalDate day = arrivedAt.toLocalDate();
        Long handling = handlingMinutes();
        double minutes = handling == null || tasks.isEmpty() ? 0 : (double) handling / tasks.size();
        double visitShare = tasks.isEmpty() ? 0 : 1.0 / tasks.size();
        double cesN = ces == null ? 0 : 1;
        double cesSum = ces == null ? 0 : ces;
        double w = withTasks ? 1 : 0;
        for (Task task : tasks) {
            String outcome = task.outcome() == null ? "" : task.outcome();
            double[] values = {
                w,
                w * flag(task.selfDone()),
                w * flag(outcome.equals("DONE")),
                w * flag(outcome.equals("REFERRED")),
                w * flag(outcome.equals("CONTINUES")),
                w * flag(outcome.equals("NOT_POSSIBLE")),
                w * minutes,
                w * visitShare,
                cesN,
                cesSum
            };
            for (String c : channelSlices()) {
                for (long p : profileSlices()) {
                    add(
                            cells,
                            AggregateTable.TASK_DAY,
                            List.of(
                                    pointId,
                                    c,
                                    p,
                                    day,
                                    task.serviceTaskId(),
                                    orNone(task.recommended()),
                                    orNone(task.applied())),
                            values);
                }
            }
            if (task.overridden()) {
                add(
                        cells,
                        AggregateTable.OVERRIDE_DAY,
                        List.of(
                                pointId,
                                day,
                                task.serviceTaskId(),
                                profile(),
                                channel,
                                task.ruleSetId() == null ? 0L : task.ruleSetId(),
                                task.ruleId() == null ? "-" : task.ruleId(),
                                task.recommended(),
                                task.applied(),
                                orNone(task.reason())),
                        new double[] {w, cesN, cesSum});
            }
        }
        return cells;
    }

    /** The visit's figures; in an errand's slice the errand counts (errands, overridden, self-done) are its own. */
    private double[] visitValues(boolean withVisit, long errand) {
        double[] v = new double[AggregateTable.VISIT_DAY.columns().size()];
        if (withVisit) {
            Long waiting = waitingMinutes();
            Long handling = handlingMinutes();
            List<Task> counted = tasks.stream()
                    .filter(t -> errand == ALL_TASKS || t.serviceTaskId() == errand)
                    .toList();
            v[0] = 1;
            v[1] = flag(noShow());
            v[2] = counted.size();
            v[3] = counted.stream().filter(Task::overridden).count();
            v[4] = counted.stream()
                    .filter(t -> Boolean.TRUE.equals(t.selfDone()))
                    .count();
            v[5] = waiting == null ? 0 : 1;
            v[6] = waiting == null ? 0 : waiting;
            v[7] = handling == null ? 0 : 1;
            v[8] = handling == null ? 0 : handling;
        }
        if (ces != null || nps != null) {
            v[9] = 1;
        }
        if (ces != null) {
            v[10] = 1;
            v[11] = ces;
            v[11 + ces] = 1;
        }
        if (nps != null) {
            v[17] = 1;
            v[18] = flag(nps >= 9);
            v[19] = flag(nps <= 6);
        }
        return v;
    }

    private static String orNone(String value) {
        return value == null ? "NONE" : value;
    }

    private static double flag(Boolean value) {
        return Boolean.TRUE.equals(value) ? 1 : 0;
    }

    @Override
    public String toString() {
        return "ClosedVisit[" + pointId + ", " + arrivedAt + ", " + Arrays.toString(tasks.toArray()) + "]";
    }
}
