package fi.asiointipiste.arrival.control;

import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The measured handling times of a point: how long the closed one-errand visits of the last
 * {@value #DAYS} days took from the start of service to its end, by support level and the hour the customer arrived.
 * One-errand visits measure one errand cleanly; a ticket with several errands is estimated as the sum of one draw
 * per errand (see {@link WaitEstimate}). Read once per point and kept for {@value #KEEP_MINUTES} minutes.
 *
 * <p>The level a sample counts under is the level the door would have predicted for that errand — the errand routed
 * again with its stored facts as the terminal knows them (language, interpreter, e-identification; no profile, see
 * {@link DoorFacts}) — because a waiting ticket only has its door prediction: a customer the door sees as guided but
 * the desk serves with full assistance then weighs in the guided sample with the time they really took. Where the
 * stored facts cannot be routed, the applied level counts. (The backtest compares both; the door level's estimate is
 * the better one, docs/user-guide/front-desk.md.)
 *
 * <p>Which sample an estimate draws from: the level at that hour when it has at least {@value #MIN_SAMPLE} visits,
 * else the level at any hour, else all levels at any hour; nothing measured at the point means no estimate.
 */
@ApplicationScoped
public class HandlingTimeQueries {

    static final int DAYS = 180;
    static final int KEEP_MINUTES = 30;
    static final int MIN_SAMPLE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    DoorRouting doorRouting;

    private final Map<Long, Measured> cache = new ConcurrentHashMap<>();

    /** The point's handling times for customers arriving at the given hour. */
    public WaitEstimate.HandlingTimes at(long pointId, int hour) {
        Measured measured = cache.get(pointId);
        if (measured == null
                || measured.all().length == 0
                || measured.readAt().isBefore(clock.now().minusMinutes(KEEP_MINUTES))) {
            measured = read(pointId);
            // nothing measured is not kept: the visits may be on their way (the demo writes them in the background
            // start-up, after the desks exist), and a point without history is cheap to ask again
            cache.put(pointId, measured);
        }
        return measured.at(hour);
    }

    /** Forgets what was read (for tests that change the visits). */
    public void forget() {
        cache.clear();
    }

    private Measured read(long pointId) {
        List<Object[]> rows = em.createQuery(
                        "SELECT v.arrivedAt, v.startedAt, v.endedAt, t.appliedLevel, t.task.code,"
                                + " t.task.agency.code, t.decisionFacts"
                                + " FROM VisitTask t JOIN t.visit v WHERE v.servicePoint.id = :point AND v.status = :done"
                                + " AND v.arrivedAt >= :since AND v.startedAt IS NOT NULL AND v.endedAt IS NOT NULL"
                                + " AND t.appliedLevel IS NOT NULL"
                                + " AND (SELECT COUNT(o) FROM VisitTask o WHERE o.visit = v) = 1",
                        Object[].class)
                .setParameter("point", pointId)
                .setParameter("done", VisitStatus.DONE)
                .setParameter("since", clock.now().minusDays(DAYS))
                .getResultList();
        Map<String, SupportLevel> doorLevels = new HashMap<>();
        List<Sample> samples = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            double minutes = Duration.between((LocalDateTime) row[1], (LocalDateTime) row[2])
                            .getSeconds()
                    / 60.0;
            SupportLevel level = doorLevel(pointId, (String) row[4], (String) row[5], (String) row[6], doorLevels);
            samples.add(new Sample(
                    ((LocalDateTime) row[0]).getHour(), level == null ? (SupportLevel) row[3] : level, minutes));
        }
        return Measured.of(samples, clock.now());
    }

    /** The level the door predicts for the errand with the stored facts the terminal would know; null if none. */
    private SupportLevel doorLevel(
            long pointId, String task, String agency, String storedFacts, Map<String, SupportLevel> memo) {
        if (storedFacts == null) {
            return null;
        }
        RoutingFacts facts;
        try {
            facts = RoutingFacts.parse(storedFacts);
        } catch (RuntimeException unreadable) {
            return null;
        }
        String language = String.valueOf(facts.get("language"));
        String doorLanguage = Set.of("fi", "sv", "en").contains(language) ? language : "fi";
        boolean interpreter = Boolean.TRUE.equals(facts.get("needsInterpreter"));
        Boolean eid = facts.get("strongEid") instanceof Boolean b ? b : null;
        String key = task + "|" + doorLanguage + "|" + interpreter + "|" + eid;
        if (!memo.containsKey(key)) {
            DoorRouting.DoorDecision d = doorRouting.route(pointId, task, agency, doorLanguage, interpreter, eid);
            memo.put(key, d == null ? null : d.level());
        }
        return memo.get(key);
    }

    /** One measured visit: the hour the customer arrived, the level of their one errand and the minutes it took. */
    public record Sample(int hour, SupportLevel level, double minutes) {}

    /** The samples sorted into the cells an estimate draws from. */
    public record Measured(
            Map<Integer, Map<SupportLevel, double[]>> byHour,
            Map<SupportLevel, double[]> anyHour,
            double[] all,
            LocalDateTime readAt) {

        public static Measured of(List<Sample> samples, LocalDateTime readAt) {
            Map<Integer, Map<SupportLevel, List<Double>>> hourLists = new java.util.HashMap<>();
            Map<SupportLevel, List<Double>> levelLists = new EnumMap<>(SupportLevel.class);
            List<Double> allList = new ArrayList<>();
            for (Sample s : samples) {
                hourLists
                        .computeIfAbsent(s.hour(), h -> new EnumMap<>(SupportLevel.class))
                        .computeIfAbsent(s.level(), l -> new ArrayList<>())
                        .add(s.minutes());
                levelLists.computeIfAbsent(s.level(), l -> new ArrayList<>()).add(s.minutes());
                allList.add(s.minutes());
            }
            Map<Integer, Map<SupportLevel, double[]>> byHour = new java.util.HashMap<>();
            hourLists.forEach((hour, levels) -> byHour.put(hour, sorted(levels)));
            return new Measured(byHour, sorted(levelLists), sortedArray(allList), readAt);
        }

        public WaitEstimate.HandlingTimes at(int hour) {
            Map<SupportLevel, double[]> thatHour = byHour.getOrDefault(hour, Map.of());
            return level -> {
                if (level == null) {
                    return all;
                }
                double[] cell = thatHour.get(level);
                if (cell != null && cell.length >= MIN_SAMPLE) {
                    return cell;
                }
                cell = anyHour.get(level);
                return cell != null && cell.length >= MIN_SAMPLE ? cell : all;
            };
        }

        private static Map<SupportLevel, double[]> sorted(Map<SupportLevel, List<Double>> lists) {
            Map<SupportLevel, double[]> out = new EnumMap<>(SupportLevel.class);
            lists.forEach((level, list) -> out.put(level, sortedArray(list)));
            return out;
        }

        private static double[] sortedArray(List<Double> list) {
            return list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }
}
