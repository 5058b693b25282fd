package fi.asiointipiste.arrival;

import fi.asiointipiste.arrival.control.DoorRouting;
import fi.asiointipiste.arrival.control.HandlingTimeQueries.Measured;
import fi.asiointipiste.arrival.control.HandlingTimeQueries.Sample;
import fi.asiointipiste.arrival.control.WaitEstimate;
import fi.asiointipiste.demo.DemoVisit;
import fi.asiointipiste.demo.DemoVisitGenerator;
import fi.asiointipiste.demo.ReferenceData;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.engine.VisitGenerator;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Backtest of the waiting-time estimate over the demo year (a benchmark, not a test; docs/user-guide/front-desk.md,
 * "Arrival"). The demo's generator makes the same year the README's run command makes (seed 2017, 20,000 visits,
 * the four Nilakka points and their weights, the seed rule set); the backtest replays every point's days in time
 * order and, at each walk-in or appointment arrival, estimates the wait exactly as the server does — the tickets
 * waiting ahead, the customers at the desks, each with the levels the door would have predicted for their errands,
 * and the handling times measured on the visits closed before that day — then compares the estimate with the wait
 * the visit really had. Remote visits (no queue) and no-shows (no wait to compare) are not estimated; the first 30
 * days only build the history.
 *
 * <p>Run: {@code mvn -o -q test-compile} then
 * {@code java -cp target/classes:target/test-classes fi.asiointipiste.arrival.WaitEstimateBacktest [visits] [desks]}.
 * Two replays are reported: against the demo's recorded waits, and against the waits of a first-come-first-served
 * replay of the same arrivals and handling times through the given number of desks per point (default 3).
 */
public final class WaitEstimateBacktest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 16, 0);
    private static final int WARM_UP_DAYS = 30;
    /** As the server measures (HandlingTimeQueries): by the level the door predicts; -DappliedLevel=true for the other. */
    private static final boolean BY_DOOR_LEVEL = !Boolean.getBoolean("appliedLevel");

    private WaitEstimateBacktest() {}

    /** One arrival as the replay sees it. */
    private record Arrival(DemoVisit visit, List<SupportLevel> doorLevels, LocalDateTime start, LocalDateTime end) {}

    /** The figures of one replay. */
    private static final class Figures {
        int n;
        double absMedian;
        double absMid;
        int within5;
        int inRange;
        double width;
        double absBaseline;
        int baselineWithin5;
        double sumReal;
        final TreeMap<Integer, int[]> byRealWait = new TreeMap<>();

        void add(double real, WaitEstimate.Range r, double baseline) {
            n++;
            sumReal += real;
            absMedian += Math.abs(r.median() - real);
            absMid += Math.abs((r.low() + r.high()) / 2.0 - real);
            within5 += Math.abs(r.median() - real) <= 5 ? 1 : 0;
            inRange += real >= r.low() && real <= r.high() ? 1 : 0;
            width += r.high() - r.low();
            absBaseline += Math.abs(baseline - real);
            baselineWithin5 += Math.abs(baseline - real) <= 5 ? 1 : 0;
            int bucket = real < 5 ? 0 : real < 15 ? 5 : real < 30 ? 15 : 30;
            int[] cell = byRealWait.computeIfAbsent(bucket, b -> new int[2]);
            cell[0]++;
            cell[1] += Math.abs(r.median() - real) <= 5 ? 1 : 0;
        }

        String report(String title) {
            StringBuilder sb = new StringBuilder(title).append('\n');
            sb.append(String.format("  estimates compared          %d%n", n));
            sb.append(String.format("  mean real wait              %.1f min%n", sumReal / n));
            sb.append(String.format("  MAE (median of the runs)    %.1f min%n", absMedian / n));
            sb.append(String.format("  MAE (middle of the range)   %.1f min%n", absMid / n));
            sb.append(String.format("  within ±5 min (median)      %.1f %%%n", 100.0 * within5 / n));
            sb.append(String.format("  real wait inside the range  %.1f %%%n", 100.0 * inRange / n));
            sb.append(String.format("  mean width of the range     %.1f min%n", width / n));
            sb.append(String.format(
                    "  baseline (point's median wait so far): MAE %.1f min, within ±5 min %.1f %%%n",
                    absBaseline / n, 100.0 * baselineWithin5 / n));
            byRealWait.forEach((bucket, cell) -> sb.append(String.format(
                    "  real wait %s: %d arrivals, within ±5 min %.1f %%%n",
                    bucket == 0 ? "< 5 min  " : bucket == 5 ? "5–15 min " : bucket == 15 ? "15–30 min" : "≥ 30 min ",
                    cell[0],
                    100.0 * cell[1] / cell[0])));
            return sb.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int replayDesks = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String dmn;
        try (InputStream in =
                WaitEstimateBacktest.class.getResourceAsStream("/fi/asiointipiste/routing/seed-routing.dmn")) {
            dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<ReferenceData.Task> tasks = new ArrayList<>();
        for (int i = 0; i < VisitGenerator.TASKS.length; i++) {
            tasks.add(new ReferenceData.Task(i + 1, VisitGenerator.TASKS[i][0], VisitGenerator.TASKS[i][1]));
        }
        ReferenceData reference = new ReferenceData(
                List.of(
                        new ReferenceData.Point(1, "PIELAVESI", List.of(1L), 4.3),
                        new ReferenceData.Point(2, "KEITELE", List.of(1L), 2.1),
                        new ReferenceData.Point(3, "TERVO", List.of(2L), 1.5),
                        new ReferenceData.Point(4, "VESANTO", List.of(2L), 1.9)),
                tasks,
                Map.of("SELF_DIRECTED", 1L, "MULTI_UNSKILLED", 2L, "CONTACT_SEEKING", 3L),
                Map.of("KELA", 1L, "TE_SERVICES", 2L, "MUNICIPALITY", 3L, "DVV", 4L, "TAX", 5L, "POLICE", 6L),
                1,
                TableCompiler.compile(DmnReader.readString(dmn)));
        Map<Long, String> codeOfTask = new HashMap<>();
        tasks.forEach(t -> codeOfTask.put(t.id(), t.code()));
        Map<String, String> agencyOf = new HashMap<>();
        tasks.forEach(t -> agencyOf.put(t.code(), t.agencyCode()));
        Map<Long, Integer> desksOf = Map.of(1L, 2, 2L, 2, 3L, 1, 4L, 1);

        long started = System.nanoTime();
        List<DemoVisit> year = new DemoVisitGenerator(2017, NOW, reference).visits(count);
        Routing routing = new Routing();
        RuleTable table = new RuleTable(1, 1, dmn, true);

        Map<Long, Map<LocalDate, List<Arrival>>> byPointDay = new TreeMap<>();
        int remote = 0;
        for (DemoVisit v : year) {
            if (v.channel().equals("REMOTE")) {
                remote++;
                continue;
            }
            RoutingFacts facts = RoutingFacts.parse(v.tasks().stream()
                    .map(DemoVisit.Task::facts)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse("language=\"fi\""));
            String language = String.valueOf(facts.get("language"));
            boolean interpreter = Boolean.TRUE.equals(facts.get("needsInterpreter"));
            Boolean eid = (Boolean) facts.get("strongEid");
            List<SupportLevel> levels = new ArrayList<>();
            for (DemoVisit.Task task : v.tasks()) {
                String code = codeOfTask.get(task.taskId());
                DoorRouting.DoorDecision d = DoorRouting.decide(
                        f -> routing.recommend(table, f),
                        code,
                        agencyOf.get(code),
                        Set.of("fi", "sv", "en").contains(language) ? language : "fi",
                        interpreter,
                        eid);
                levels.add(d == null ? null : d.level());
            }
            byPointDay
                    .computeIfAbsent(v.pointId(), p -> new TreeMap<>())
                    .computeIfAbsent(v.arrivedAt().toLocalDate(), d -> new ArrayList<>())
                    .add(new Arrival(v, levels, v.startedAt(), v.endedAt()));
        }

        Figures recorded = new Figures();
        Figures replayed = new Figures();
        Map<Long, Integer> estimates = new TreeMap<>();
        for (Map.Entry<Long, Map<LocalDate, List<Arrival>>> point : byPointDay.entrySet()) {
            List<Sample> history = new ArrayList<>();
            List<Double> waitHistory = new ArrayList<>();
            List<Double> replayWaitHistory = new ArrayList<>();
            LocalDate first = point.getValue().keySet().iterator().next();
            for (Map.Entry<LocalDate, List<Arrival>> day : point.getValue().entrySet()) {
                List<Arrival> arrivals = day.getValue();
                arrivals.sort(java.util.Comparator.comparing(a -> a.visit().arrivedAt()));
                Measured measured = Measured.of(history, day.getKey().atStartOfDay());
                List<Arrival> replay = fifo(arrivals, replayDesks);
                boolean scored = day.getKey().isAfter(first.plusDays(WARM_UP_DAYS)) && !history.isEmpty();
                double baseline = median(waitHistory);
                double replayBaseline = median(replayWaitHistory);
                for (int i = 0; i < arrivals.size(); i++) {
                    Arrival a = arrivals.get(i);
                    DemoVisit v = a.visit();
                    WaitEstimate.HandlingTimes times = measured.at(v.arrivedAt().getHour());
                    if (scored && v.startedAt() != null && !v.status().equals("NO_SHOW")) {
                        WaitEstimate.Range r = estimateAt(
                                arrivals,
                                i,
                                times,
                                Math.max(desksOf.get(point.getKey()), inService(arrivals, v.arrivedAt())));
                        if (r != null) {
                            recorded.add(minutes(v.arrivedAt(), v.startedAt()), r, baseline);
                        }
                    }
                    Arrival ra = replay.get(i);
                    if (scored && ra.start() != null) {
                        WaitEstimate.Range r = estimateAt(replay, i, times, replayDesks);
                        if (r != null) {
                            replayed.add(minutes(v.arrivedAt(), ra.start()), r, replayBaseline);
                        }
                    }
                }
                for (int i = 0; i < arrivals.size(); i++) {
                    DemoVisit v = arrivals.get(i).visit();
                    if (v.status().equals("DONE")
                            && v.tasks().size() == 1
                            && v.tasks().get(0).appliedLevel() != null) {
                        SupportLevel level =
                                BY_DOOR_LEVEL && arrivals.get(i).doorLevels().get(0) != null
                                        ? arrivals.get(i).doorLevels().get(0)
                                        : SupportLevel.valueOf(v.tasks().get(0).appliedLevel());
                        history.add(new Sample(v.arrivedAt().getHour(), level, minutes(v.startedAt(), v.endedAt())));
                    }
                    if (v.startedAt() != null && !v.status().equals("NO_SHOW")) {
                        waitHistory.add(minutes(v.arrivedAt(), v.startedAt()));
                    }
                    if (replay.get(i).start() != null) {
                        replayWaitHistory.add(
                                minutes(v.arrivedAt(), replay.get(i).start()));
                    }
                }
            }
            estimates.put(
                    point.getKey(),
                    point.getValue().values().stream().mapToInt(List::size).sum());
        }
        System.out.printf(
                "Demo year: %d visits generated (seed 2017, until %s), %d remote ones not queued; arrivals per"
                        + " point %s; %.1f s%n%n",
                year.size(), NOW, remote, estimates, (System.nanoTime() - started) / 1e9);
        System.out.println(recorded.report("1. Against the demo's recorded waits (desks = the point's desks or the"
                + " customers in service, whichever is more):"));
        System.out.println(replayed.report("2. Against a first-come-first-served replay of the same arrivals and"
                + " handling times through " + replayDesks + " desks per point:"));
    }

    /** The estimate at the i-th arrival of the day: who waits and who is at a desk at that moment. */
    private static WaitEstimate.Range estimateAt(
            List<Arrival> day, int i, WaitEstimate.HandlingTimes times, int desks) {
        LocalDateTime t = day.get(i).visit().arrivedAt();
        List<WaitEstimate.Job> ahead = new ArrayList<>();
        List<WaitEstimate.Desk> serving = new ArrayList<>();
        for (int k = 0; k < i; k++) {
            Arrival other = day.get(k);
            boolean noShow = other.visit().status().equals("NO_SHOW");
            LocalDateTime leftQueue = noShow ? other.visit().arrivedAt().plusMinutes(30) : other.start();
            if (leftQueue == null || leftQueue.isAfter(t)) {
                ahead.add(new WaitEstimate.Job(other.doorLevels(), Set.of()));
            } else if (!noShow && other.end() != null && other.end().isAfter(t)) {
                serving.add(new WaitEstimate.Desk(null, other.doorLevels(), minutes(other.start(), t)));
            }
        }
        while (serving.size() < desks) {
            serving.add(new WaitEstimate.Desk(null, null, 0));
        }
        return WaitEstimate.estimate(
                serving, ahead, new WaitEstimate.Job(day.get(i).doorLevels(), Set.of()), times, t.hashCode());
    }

    private static int inService(List<Arrival> day, LocalDateTime t) {
        int n = 0;
        for (Arrival a : day) {
            if (a.start() != null
                    && !a.start().isAfter(t)
                    && a.end() != null
                    && a.end().isAfter(t)) {
                n++;
            }
        }
        return n;
    }

    /** The same arrivals and handling times served first come, first served by the given number of desks. */
    private static List<Arrival> fifo(List<Arrival> arrivals, int desks) {
        LocalDateTime[] free = new LocalDateTime[desks];
        List<Arrival> out = new ArrayList<>();
        for (Arrival a : arrivals) {
            DemoVisit v = a.visit();
            if (v.status().equals("NO_SHOW") || v.startedAt() == null || v.endedAt() == null) {
                out.add(new Arrival(v, a.doorLevels(), null, null));
                continue;
            }
            int k = 0;
            for (int d = 1; d < desks; d++) {
                if (free[d] == null || free[k] != null && free[d].isBefore(free[k])) {
                    k = d;
                }
            }
            LocalDateTime start = free[k] == null || free[k].isBefore(v.arrivedAt()) ? v.arrivedAt() : free[k];
            LocalDateTime end = start.plus(Duration.between(v.startedAt(), v.endedAt()));
            free[k] = end;
            out.add(new Arrival(v, a.doorLevels(), start, end));
        }
        return out;
    }

    private static double minutes(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).getSeconds() / 60.0;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
