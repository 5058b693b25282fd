package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.PastErrand;
import fi.asiointipiste.visits.entity.PastVisit;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what a simulation finds, visit by visit: errands replayed, how many change level, the current → new
 * matrix, breakdowns by errand, profile and agency, the measured handling time per level (a visit's handling
 * time shared evenly between its errands, at the level each was served at — the statistics' own definition), and
 * the first {@value #KEPT_CHANGES} changed decisions for the list (the export reads them all again).
 */
public final class SimulationTally implements Serializable {

    /** How many changed decisions the result keeps for the page; the counts cover all of them. */
    public static final int KEPT_CHANGES = 10_000;

    private static final int N = SupportLevel.values().length;

    private final long[][] matrix = new long[N][N];
    private final double[] handlingSum = new double[N];
    private final long[] handlingErrands = new long[N];
    private final Map<String, Breakdown> byTask = new HashMap<>();
    private final Map<String, Breakdown> byProfile = new HashMap<>();
    private final Map<String, Breakdown> byAgency = new HashMap<>();
    private final Map<String, Long> problems = new TreeMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final int keep;
    private long visits;
    private long errands;
    private long replayed;
    private long notStored;
    private long undecided;
    private long changed;

    public SimulationTally() {
        this(KEPT_CHANGES);
    }

    SimulationTally(int keep) {
        this.keep = keep;
    }

    /** A tally that keeps no changed decision, only the counts (for an export, which writes them out). */
    public static SimulationTally countsOnly() {
        return new SimulationTally(0);
    }

    /** One changed decision: the errand, its visit, and the rule and level then and now. */
    public record Change(
            long visitId,
            long errandId,
            long servicePointId,
            java.time.LocalDateTime arrivedAt,
            String task,
            String profile,
            String agency,
            SupportLevel current,
            Long currentSetId,
            String currentRule,
            SupportLevel proposed,
            String proposedRule,
            String facts)
            implements Serializable {}

    /** Decisions of one errand, profile or agency: replayed, changed, and changed to a lighter or heavier level. */
    public static final class Breakdown implements Serializable {
        private final String key;
        private long decisions;
        private long changed;
        private long lighter;
        private long heavier;

        Breakdown(String key) {
            this.key = key;
        }

        void add(SupportLevel current, SupportLevel proposed) {
            decisions++;
            if (current != proposed) {
                changed++;
                if (proposed.ordinal() < current.ordinal()) {
                    lighter++;
                } else {
                    heavier++;
                }
            }
        }

        void add(Breakdown other) {
            decisions += other.decisions;
            changed += other.changed;
            lighter += other.lighter;
            heavier += other.heavier;
        }

        public String getKey() {
            return key;
        }

        public long getDecisions() {
            return decisions;
        }

        public long getChanged() {
            return changed;
        }

        public long getLighter() {
            return lighter;
        }

        public long getHeavier() {
            return heavier;
        }

        public double getChangedShare() {
            return decisions == 0 ? 0 : (double) changed / decisions;
        }
    }

    /** Counts a visit and measures its handling time per level; call before its errands' decisions. */
    public void visit(PastVisit visit) {
        visits++;
        errands += visit.errands().size();
        Long minutes = visit.handlingMinutes();
        if (minutes == null || visit.errands().isEmpty()) {
            return;
        }
        double share = (double) minutes / visit.errands().size();
        for (PastErrand e : visit.errands()) {
            if (e.applied() != null) {
                handlingSum[e.applied().ordinal()] += share;
                handlingErrands[e.applied().ordinal()]++;
            }
        }
    }

    /** An errand that has no stored decision to replay. */
    public void withoutDecision() {
        notStored++;
    }

    /** An errand the simulated table could not decide, with the engine's reason. */
    public void undecided(String problem) {
        replayed++;
        undecided++;
        problems.merge(problem == null ? "?" : problem, 1L, Long::sum);
    }

    /** An errand the simulated table decided: {@code proposed} by {@code proposedRule}. */
    public void decided(PastVisit visit, PastErrand errand, SupportLevel proposed, String proposedRule) {
        replayed++;
        SupportLevel current = errand.recommended();
        matrix[current.ordinal()][proposed.ordinal()]++;
        breakdown(byTask, errand.task()).add(current, proposed);
        breakdown(byProfile, errand.profile()).add(current, proposed);
        breakdown(byAgency, errand.agency()).add(current, proposed);
        if (current != proposed) {
            changed++;
            if (changes.size() < keep) {
                changes.add(new Change(
                        visit.id(),
                        errand.id(),
                        visit.servicePointId(),
                        visit.arrivedAt(),
                        errand.task(),
                        errand.profile(),
                        errand.agency(),
                        current,
                        errand.ruleSetId(),
                        errand.ruleId(),
                        proposed,
                        proposedRule,
                        errand.facts()));
            }
        }
    }

    /**
     * Adds what {@code later} counted – a tally of the visits after this one's (the next part of a split run) – as
     * if this tally had gone on counting them: every count sums, and the changed decisions it kept follow this
     * tally's up to the limit. The handling minutes are sums of fractions, so their total may differ from one
     * tally's in the last binary digit.
     */
    public void add(SimulationTally later) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                matrix[i][j] += later.matrix[i][j];
            }
            handlingSum[i] += later.handlingSum[i];
            handlingErrands[i] += later.handlingErrands[i];
        }
        merge(byTask, later.byTask);
        merge(byProfile, later.byProfile);
        merge(byAgency, later.byAgency);
        later.problems.forEach((problem, n) -> problems.merge(problem, n, Long::sum));
        for (Change c : later.changes) {
            if (changes.size() >= keep) {
                break;
            }
            changes.add(c);
        }
        visits += later.visits;
        errands += later.errands;
        replayed += later.replayed;
        notStored += later.notStored;
        undecided += later.undecided;
        changed += later.changed;
    }

    private static void merge(Map<String, Breakdown> into, Map<String, Breakdown> from) {
        from.forEach((key, b) -> breakdown(into, key).add(b));
    }

    /** An empty tally that keeps as many changed decisions as this one. */
    public SimulationTally fresh() {
        return new SimulationTally(keep);
    }

    private static Breakdown breakdown(Map<String, Breakdown> map, String key) {
        return map.computeIfAbsent(key == null ? "" : key, Breakdown::new);
    }

    public long count(SupportLevel current, SupportLevel proposed) {
        return matrix[current.ordinal()][proposed.ordinal()];
    }

    public long[][] matrix() {
        long[][] copy = new long[N][];
        for (int i = 0; i < N; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** Measured average handling minutes of one errand at a level, or null when no served errand had it. */
    public Double averageMinutes(SupportLevel level) {
        long n = handlingErrands[level.ordinal()];
        return n == 0 ? null : handlingSum[level.ordinal()] / n;
    }

    public long measuredErrands(SupportLevel level) {
        return handlingErrands[level.ordinal()];
    }

    public Double[] averageMinutes() {
        Double[] averages = new Double[N];
        for (SupportLevel l : SupportLevel.values()) {
            averages[l.ordinal()] = averageMinutes(l);
        }
        return averages;
    }

    public StaffHours.Estimate staffHours(long days) {
        return StaffHours.estimate(matrix, averageMinutes(), days);
    }

    /** Breakdown rows, most changed first, then by key. */
    public List<Breakdown> byTask() {
        return sorted(byTask);
    }

    public List<Breakdown> byProfile() {
        return sorted(byProfile);
    }

    public List<Breakdown> byAgency() {
        return sorted(byAgency);
    }

    private static List<Breakdown> sorted(Map<String, Breakdown> map) {
        return map.values().stream()
                .sorted(Comparator.comparingLong(Breakdown::getChanged)
                        .reversed()
                        .thenComparing(Breakdown::getKey))
                .toList();
    }

    public Map<String, Long> problems() {
        return java.util.Collections.unmodifiableMap(problems);
    }

    public List<Change> changes() {
        return java.util.Collections.unmodifiableList(changes);
    }

    public long visits() {
        return visits;
    }

    public long errands() {
        return errands;
    }

    /** Errands with a stored decision that the simulated table decided again (or failed to). */
    public long replayed() {
        return replayed;
    }

    public long notStored() {
        return notStored;
    }

    public long undecided() {
        return undecided;
    }

    public long changed() {
        return changed;
    }

    public double changedShare() {
        long decided = replayed - undecided;
        return decided == 0 ? 0 : (double) changed / decided;
    }
}
