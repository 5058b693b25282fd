package fi.asiointipiste.demo;

import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.entity.RoutingFacts;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Generates a realistic, reproducible year of visits: the same seed and end time give the same visits.
 *
 * <p>The model follows what joint service points report: Monday mornings are busiest and July is quiet;
 * tax cards peak in January and tax returns in April–May. The rule set in force at the visit's point and time
 * (the one for all points, or a pilot's at its points during the pilot) recommends each task's support level from
 * the visit's facts, exactly as the engine does at the desk; about one task in eleven is
 * then overridden by the clerk, and about a third of finished visits get feedback. Visits are generated in
 * time order: returning customers get an e-identification, need lighter support and do more themselves
 * from visit to visit (what the independence statistics show).
 * Identified customers get fictional names and temporary identity codes (individual number 900–999), which
 * no real person has.
 */
public class DemoVisitGenerator {

    public static final Set<MonthDay> HOLIDAYS = Set.of(
            MonthDay.of(1, 1),
            MonthDay.of(1, 6),
            MonthDay.of(5, 1),
            MonthDay.of(12, 6),
            MonthDay.of(12, 24),
            MonthDay.of(12, 25),
            MonthDay.of(12, 26));

    /** Room for the slot index in the low bits of a sorted arrival (a year has about 250 × points slots). */
    private static final long SLOT_BITS = 1 << 16;

    private final Random random;
    private final LocalDateTime now;
    private final ReferenceData reference;
    private final DemoCustomers customers;

    public DemoVisitGenerator(long seed, LocalDateTime now, ReferenceData reference) {
        this.random = new Random(seed);
        this.now = now;
        this.reference = reference;
        this.customers = new DemoCustomers(random, now.toLocalDate());
    }

    /** Visits of the past year up to {@code now}, oldest first (all in memory: for tests and small sizes). */
    public List<DemoVisit> visits(int count) {
        List<DemoVisit> visits = new ArrayList<>(count);
        stream(count, 10_000, visits::addAll);
        return visits;
    }

    /**
     * Generates {@code count} visits oldest first and hands them over {@code batchSize} at a time, so a million
     * visits never sit in memory together. Only the arrival times are drawn up front (one long per visit: the
     * second of the year and the slot), sorted, and each visit is then generated in arrival order.
     */
    public void stream(int count, int batchSize, Consumer<List<DemoVisit>> batches) {
        List<DayAtPoint> slots = openingSlots();
        double[] cumulative = new double[slots.size()];
        double total = 0;
        for (int i = 0; i < slots.size(); i++) {
            total += slots.get(i).weight();
            cumulative[i] = total;
        }
        LocalDateTime start = now.toLocalDate().minusDays(366).atStartOfDay();
        long[] arrivals = new long[count];
        for (int i = 0; i < count; i++) {
            int slot = pick(cumulative, random.nextDouble() * total);
            LocalDateTime arrived = slots.get(slot).day().atTime(arrivalHour(), random.nextInt(60), random.nextInt(60));
            if (arrived.isAfter(now)) {
                arrived = now.minusMinutes(1 + random.nextInt(90));
            }
            arrivals[i] = Duration.between(start, arrived).getSeconds() * SLOT_BITS + slot;
        }
        Arrays.sort(arrivals);
        List<DemoVisit> batch = new ArrayList<>(batchSize);
        for (long arrival : arrivals) {
            batch.add(visit(slots.get((int) (arrival % SLOT_BITS)).point(), start.plusSeconds(arrival / SLOT_BITS)));
            if (batch.size() == batchSize) {
                batches.accept(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
    }

    public List<DemoCustomers.DemoCustomer> customers() {
        return customers.all();
    }

    private DemoVisit visit(ReferenceData.Point point, LocalDateTime arrived) {
        String profile = weighted(Map.of("SELF_DIRECTED", 33, "MULTI_UNSKILLED", 30, "CONTACT_SEEKING", 37));
        String channel = weighted(Map.of("WALK_IN", 68, "APPOINTMENT", 25, "REMOTE", 7));
        DemoCustomers.DemoCustomer customer = random.nextInt(100) < 55 ? customers.next(profile) : null;
        int age = customer != null ? customer.ageOn(arrived.toLocalDate()) : customers.likelyAge(profile);
        String language =
                customer != null ? customer.language() : weighted(Map.of("fi", 90, "sv", 5, "en", 2, "other", 3));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("profile", profile);
        // Returning customers often get an e-identification with the desk's help.
        facts.put(
                "strongEid",
                random.nextInt(100)
                        < eidShare(profile, age) + (customer == null ? 0 : Math.min(40, customer.visits() * 10)));
        facts.put("language", language);
        facts.put("age", age);
        facts.put("firstVisit", customer == null ? random.nextInt(100) < 30 : customer.visits() == 0);
        facts.put("needsInterpreter", random.nextInt(100) < (language.equals("other") ? 60 : 2));
        facts.put(
                "visitsLast90Days",
                customer == null
                        ? 0
                        : customer.visitsSince(arrived.toLocalDate().minusDays(90)));
        List<DemoVisit.Task> tasks =
                tasks(profile, arrived.toLocalDate(), facts, customer, reference.rulesAt(point.id(), arrived));
        long clerk = point.clerkIds().get(random.nextInt(point.clerkIds().size()));
        boolean noShow = channel.equals("APPOINTMENT") && random.nextInt(100) < 6;
        long waiting = (long) (-Math.log(1 - random.nextDouble()) * (channel.equals("APPOINTMENT") ? 3 : 9));
        long handling = 2
                + tasks.stream()
                        .mapToLong(t -> Math.round(handlingMinutes(t.appliedLevel()) * (0.5 + random.nextDouble())))
                        .sum();
        LocalDateTime started = arrived.plusMinutes(Math.min(waiting, 90));
        LocalDateTime ended = started.plusMinutes(handling);
        String status =
                noShow ? "NO_SHOW" : ended.isBefore(now) ? "DONE" : started.isBefore(now) ? "IN_SERVICE" : "WAITING";
        if (customer != null && !noShow) {
            customer.visited(arrived.toLocalDate());
        }
        DemoVisit.Answer feedback =
                status.equals("DONE") && random.nextInt(100) < 32 ? answer(tasks, waiting, ended) : null;
        return new DemoVisit(
                point.id(),
                channel,
                status,
                arrived,
                status.equals("WAITING") || noShow ? null : started,
                status.equals("DONE") ? ended : noShow ? arrived.plusMinutes(30) : null,
                status.equals("WAITING") || noShow ? null : clerk,
                customer,
                reference.profileId(profile),
                noShow || !status.equals("DONE")
                        ? tasks.stream().map(DemoVisit.Task::unhandled).toList()
                        : tasks,
                feedback);
    }

    private List<DemoVisit.Task> tasks(
            String profile,
            LocalDate day,
            Map<String, Object> facts,
            DemoCustomers.DemoCustomer customer,
            ReferenceData.Deciding rules) {
        int count = random.nextInt(100) < 60 ? 1 : random.nextInt(100) < 75 ? 2 : 3;
        List<DemoVisit.Task> tasks = new ArrayList<>();
        List<ReferenceData.Task> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            ReferenceData.Task task = reference.tasks().get(pickTask(profile, day));
            if (!chosen.contains(task)) {
                chosen.add(task);
            }
        }
        for (ReferenceData.Task task : chosen) {
            facts.put("task", task.code());
            facts.put("taskAgency", task.agencyCode());
            Decision decision = rules.rules().decide(facts);
            if (decision.isError() || decision.matchCount() == 0) {
                throw new IllegalStateException("the demo's rule set cannot route " + facts + ": " + decision);
            }
            String recommended = String.valueOf(decision.outputs().get("supportLevel"));
            String applied = recommended;
            String reason = null;
            if (random.nextInt(100) < 9) {
                applied = DemoRouting.shift(recommended, random.nextInt(100) < 70 ? 1 : -1);
                reason = applied.equals(recommended)
                        ? null
                        : weighted(Map.of(
                                "CUSTOMER_WISH",
                                30,
                                "HEALTH_OR_ABILITY",
                                20,
                                "LANGUAGE_NEED",
                                12,
                                "MISSING_DOCUMENTS",
                                12,
                                "TECHNICAL_PROBLEM",
                                14,
                                "URGENCY",
                                7,
                                "OTHER",
                                5));
            } else if (customer != null
                    && !recommended.equals("SELF_SERVICE")
                    && random.nextInt(100) < Math.min(30, customer.visits() * 6)) {
                // A returning customer who has learned the errand asks to try it with lighter support.
                applied = DemoRouting.shift(recommended, -1);
                reason = "CUSTOMER_WISH";
            }
            String outcome = weighted(Map.of("DONE", 70, "REFERRED", 12, "CONTINUES", 13, "NOT_POSSIBLE", 5));
            int selfShare = switch (applied) {
                        case "SELF_SERVICE" -> 85;
                        case "GUIDED" -> 45;
                        default -> 10;
                    }
                    + (customer == null ? 0 : Math.min(30, customer.visits() * 4));
            Map<String, Object> out = decision.outputs();
            tasks.add(new DemoVisit.Task(
                    task.id(),
                    recommended,
                    applied,
                    reason,
                    reference.agencyId(String.valueOf(out.get("agency"))),
                    outcome,
                    outcome.equals("CONTINUES") ? day.plusDays(7 + random.nextInt(24)) : null,
                    random.nextInt(100) < selfShare,
                    decision.matchedRuleId(0),
                    String.valueOf(out.get("mode")),
                    String.valueOf(out.get("flow")),
                    RoutingFacts.of(facts).toText(),
                    rules.ruleSetId()));
        }
        return tasks;
    }

    private int pickTask(String profile, LocalDate day) {
        List<ReferenceData.Task> all = reference.tasks();
        double[] cumulative = new double[all.size()];
        double total = 0;
        for (int i = 0; i < all.size(); i++) {
            total += DemoRouting.popularity(all.get(i).code(), profile, day.getMonthValue());
            cumulative[i] = total;
        }
        return pick(cumulative, random.nextDouble() * total);
    }

    private DemoVisit.Answer answer(List<DemoVisit.Task> tasks, long waiting, LocalDateTime ended) {
        boolean overridden = tasks.stream().anyMatch(t -> !t.appliedLevel().equals(t.recommendedLevel()));
        double effort = 2.2 + (overridden ? 0.8 : 0) + Math.min(1.5, waiting / 20.0) + random.nextGaussian() * 0.9;
        int ces = (int) Math.max(1, Math.min(5, Math.round(effort)));
        int nps = (int) Math.max(0, Math.min(10, Math.round(10.5 - ces * 1.2 + random.nextGaussian() * 1.5)));
        String comment = random.nextInt(100) < 8
                ? DemoCustomers.COMMENTS.get(random.nextInt(DemoCustomers.COMMENTS.size()))
                : null;
        return new DemoVisit.Answer(ended.plusMinutes(1), ces, nps, comment);
    }

    private List<DayAtPoint> openingSlots() {
        List<DayAtPoint> slots = new ArrayList<>();
        for (LocalDate day = now.toLocalDate().minusDays(365); !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6 || HOLIDAYS.contains(MonthDay.from(day))) {
                continue;
            }
            double dayWeight = dayWeight(day);
            if (day.equals(now.toLocalDate())) {
                dayWeight *= Math.max(0, Math.min(1, (now.getHour() - 9) / 7.0));
            }
            for (ReferenceData.Point point : reference.points()) {
                slots.add(new DayAtPoint(day, point, dayWeight * point.weight()));
            }
        }
        return slots;
    }

    private static double dayWeight(LocalDate day) {
        double weekday =
                day.getDayOfWeek() == DayOfWeek.MONDAY ? 1.3 : day.getDayOfWeek() == DayOfWeek.FRIDAY ? 0.8 : 1.0;
        double season = switch (day.getMonth()) {
            case JULY -> 0.4;
            case JUNE, AUGUST, DECEMBER -> 0.8;
            case JANUARY -> 1.2;
            case MARCH, APRIL, MAY -> 1.1;
            default -> 1.0;
        };
        return weekday * season;
    }

    /** Opening hours 9–16, busiest in the morning and just after lunch. */
    private int arrivalHour() {
        return 9 + pick(new double[] {18, 36, 50, 62, 78, 90, 100}, random.nextDouble() * 100);
    }

    private static long handlingMinutes(String level) {
        return switch (level) {
            case "SELF_SERVICE" -> 6;
            case "GUIDED" -> 16;
            default -> 32;
        };
    }

    private static int eidShare(String profile, int age) {
        int base = switch (profile) {
            case "SELF_DIRECTED" -> 92;
            case "CONTACT_SEEKING" -> 70;
            default -> 35;
        };
        return age >= 75 ? base / 2 : base;
    }

    private String weighted(Map<String, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(weights).entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static int pick(double[] cumulative, double r) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private record DayAtPoint(LocalDate day, ReferenceData.Point point, double weight) {}
}
