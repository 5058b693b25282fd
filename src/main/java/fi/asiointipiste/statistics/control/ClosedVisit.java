package fi.asiointipiste.statistics.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A closed visit as the statistics see it: no customer, only point, times, profile, errands and the feedback
 * answer. {@link #cells()} is the single definition of what a visit adds to the aggregates, used both when a
 * visit closes and when everything is rebuilt, so the two can never disagree.
 */
public record ClosedVisit(long pointId, String channel, String status, LocalDateTime arrivedAt,
                          LocalDateTime startedAt, LocalDateTime endedAt, Long profileId, List<Task> tasks,
                          Integer ces, Integer nps) {

    /** Minutes above this are counted as this in the percentile histogram (a working day). */
    public static final int MAX_MINUTES = 600;

    public record Task(long serviceTaskId, String recommended, String applied, String reason, String outcome,
                       Boolean selfDone, Long ruleSetId, String ruleId) {
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
        return startedAt == null ? null : Math.max(0, Duration.between(arrivedAt, startedAt).toMinutes());
    }

    public Long handlingMinutes() {
        return startedAt == null || endedAt == null || noShow() ? null
                : Math.max(0, Duration.between(startedAt, endedAt).toMinutes());
    }

    public List<AggregateCell> cells() {
        List<AggregateCell> cells = new ArrayList<>();
        Object day = arrivedAt.toLocalDate();
        long profile = profileId == null ? 0 : profileId;
        int rank = levelRank();
        cells.add(new AggregateCell(AggregateTable.VISIT_DAY, List.of(pointId, day, channel, profile, rank),
                visitValues(true)));
        cells.add(new AggregateCell(AggregateTable.ARRIVAL_HOUR, List.of(pointId, day, arrivedAt.getHour()),
                new double[] {1}));
        Long waiting = waitingMinutes();
        Long handling = handlingMinutes();
        if (waiting != null) {
            cells.add(new AggregateCell(AggregateTable.DURATION_DAY,
                    List.of(pointId, day, rank, "W", (int) Math.min(waiting, MAX_MINUTES)), new double[] {1}));
        }
        if (handling != null) {
            cells.add(new AggregateCell(AggregateTable.DURATION_DAY,
                    List.of(pointId, day, rank, "H", (int) Math.min(handling, MAX_MINUTES)), new double[] {1}));
        }
        cells.addAll(taskCells(true));
        return cells;
    }

    /** Only the feedback part, for an answer that arrives after the visit was closed. */
    public List<AggregateCell> feedbackCells() {
        List<AggregateCell> cells = new ArrayList<>();
        cells.add(new AggregateCell(AggregateTable.VISIT_DAY, List.of(pointId, arrivedAt.toLocalDate(), channel,
                profileId == null ? 0L : profileId, levelRank()), visitValues(false)));
        cells.addAll(taskCells(false));
        return cells;
    }

    private List<AggregateCell> taskCells(boolean withTasks) {
        List<AggregateCell> cells = new ArrayList<>();
        Object day = arrivedAt.toLocalDate();
        long profile = profileId == null ? 0 : profileId;
        Long handling = handlingMinutes();
        double minutes = handling == null || tasks.isEmpty() ? 0 : (double) handling / tasks.size();
        double visitShare = tasks.isEmpty() ? 0 : 1.0 / tasks.size();
        double cesN = ces == null ? 0 : 1;
        double cesSum = ces == null ? 0 : ces;
        double w = withTasks ? 1 : 0;
        for (Task task : tasks) {
            String outcome = task.outcome() == null ? "" : task.outcome();
            cells.add(new AggregateCell(AggregateTable.TASK_DAY, List.of(pointId, day, task.serviceTaskId(),
                    orNone(task.recommended()), orNone(task.applied())), new double[] {w, w * flag(task.selfDone()),
                    w * flag(outcome.equals("DONE")), w * flag(outcome.equals("REFERRED")),
                    w * flag(outcome.equals("CONTINUES")), w * flag(outcome.equals("NOT_POSSIBLE")), w * minutes,
                    w * visitShare, cesN, cesSum}));
            if (task.overridden()) {
                cells.add(new AggregateCell(AggregateTable.OVERRIDE_DAY, List.of(pointId, day, task.serviceTaskId(),
                        profile, task.ruleSetId() == null ? 0L : task.ruleSetId(),
                        task.ruleId() == null ? "-" : task.ruleId(), task.recommended(), task.applied(),
                        orNone(task.reason())), new double[] {w, cesN, cesSum}));
            }
        }
        return cells;
    }

    private double[] visitValues(boolean withVisit) {
        double[] v = new double[AggregateTable.VISIT_DAY.columns().size()];
        if (withVisit) {
            Long waiting = waitingMinutes();
            Long handling = handlingMinutes();
            v[0] = 1;
            v[1] = flag(noShow());
            v[2] = tasks.size();
            v[3] = tasks.stream().filter(Task::overridden).count();
            v[4] = tasks.stream().filter(t -> Boolean.TRUE.equals(t.selfDone())).count();
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
