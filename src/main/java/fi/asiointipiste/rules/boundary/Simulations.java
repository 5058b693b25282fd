package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Replay;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.boundary.RoutingFailed;
import fi.asiointipiste.routing.boundary.RuleRationale;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.rules.control.RowExport;
import fi.asiointipiste.rules.control.SimulationParts;
import fi.asiointipiste.rules.control.SimulationRun;
import fi.asiointipiste.rules.control.SimulationTally;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.visits.boundary.DecisionHistory;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Simulations of a rule set (usually a draft) over stored past visits: the coordinator chooses the period and
 * the service points, the run streams the visits and decides every stored errand again with the set's compiled
 * table, and the result counts the changes, the current → new matrix, breakdowns and the staff-hour estimate.
 * Runs go in the background so the page can show progress and cancel; each user sees only their own runs, and
 * finished runs are kept a while for paging and export.
 */
@ApplicationScoped
public class Simulations {

    private static final Logger LOG = Logger.getLogger(Simulations.class.getName());
    /** The longest period one simulation covers. */
    static final int MAX_DAYS = 3 * 366;
    /** The default period: this many days up to today. */
    static final int DEFAULT_DAYS = 90;
    /**
     * Parts a simulation's visits are cut into, read side by side (the first in the run's own thread, the other on
     * the executor, or in the run's thread when the executor is busy): the server's two cores.
     */
    static final int PARTS = 2;
    /** Runs kept per user (the newest); older ones are forgotten. */
    static final int KEPT_PER_USER = 3;

    @Inject
    RuleSets ruleSets;

    @Inject
    Routing routing;

    @Inject
    DecisionHistory history;

    @Inject
    Pilots pilots;

    @Inject
    ServicePoints servicePoints;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, SimulationJob> jobs = new ConcurrentHashMap<>();

    /**
     * The points a simulation of this set covers unless the coordinator chooses: the pilot points of the newest
     * pilot that tries the set; else the points the set was published to; else all active points.
     */
    public List<Long> defaultPoints(RuleSet set) {
        if (set != null && set.getId() != null) {
            Optional<Pilot> pilot = pilots.ofRuleSet(set.getId()).stream().findFirst();
            if (pilot.isPresent() && !pilot.get().getPilotPoints().isEmpty()) {
                return pilot.get().getPilotPoints().stream()
                        .map(ServicePoint::getId)
                        .sorted()
                        .toList();
            }
        }
        if (set != null && !set.isAllPoints() && !set.getPilotPoints().isEmpty()) {
            return set.getPilotPoints().stream()
                    .map(ServicePoint::getId)
                    .sorted()
                    .toList();
        }
        return servicePoints.all().stream()
                .filter(ServicePoint::isActive)
                .map(ServicePoint::getId)
                .toList();
    }

    /** {@link #defaultPoints(RuleSet)} of the set with this id (all active points for an unknown id). */
    public List<Long> defaultPointsOf(Long ruleSetId) {
        return defaultPoints(ruleSets.byId(ruleSetId).orElse(null));
    }

    public LocalDate defaultFrom() {
        return clock.today().minusDays(DEFAULT_DAYS - 1L);
    }

    public LocalDate defaultUntil() {
        return clock.today();
    }

    /** Starts a simulation in the background; refused at once for a bad request (nothing is started). */
    public SimulationJob start(Long ruleSetId, LocalDate from, LocalDate until, List<Long> pointIds) {
        SimulationJob job = prepare(ruleSetId, from, until, pointIds);
        executor.submit(() -> execute(job));
        return job;
    }

    /** Runs a simulation to the end in the caller's thread (REST with {@code wait}, tests). */
    public SimulationJob run(Long ruleSetId, LocalDate from, LocalDate until, List<Long> pointIds) {
        SimulationJob job = prepare(ruleSetId, from, until, pointIds);
        execute(job);
        return job;
    }

    /** The caller's own run. */
    public Optional<SimulationJob> job(String id) {
        SimulationJob job = id == null ? null : jobs.get(id);
        return job != null && job.getOwner().equals(audit.actor()) ? Optional.of(job) : Optional.empty();
    }

    /** Stops the caller's run at the next visit; a finished run stays as it is. */
    public SimulationJob cancel(String id) {
        SimulationJob job = job(id).orElseThrow(() -> new RefusedAction("rules.simulation.notFound"));
        job.cancel();
        return job;
    }

    private SimulationJob prepare(Long ruleSetId, LocalDate from, LocalDate until, List<Long> pointIds) {
        RuleSet set = ruleSets.byId(ruleSetId)
                .orElseThrow(() -> new WorkbenchRefused("rules.notFound", "no rule set " + ruleSetId));
        if (from == null || until == null || from.isAfter(until)) {
            throw new WorkbenchRefused("rules.simulation.badPeriod", "the period must start before it ends");
        }
        if (ChronoUnit.DAYS.between(from, until) + 1 > MAX_DAYS) {
            throw new WorkbenchRefused("rules.simulation.longPeriod", "at most " + MAX_DAYS + " days");
        }
        List<Long> points = new ArrayList<>(new LinkedHashSet<>(pointIds == null ? List.of() : pointIds));
        if (points.isEmpty()) {
            throw new WorkbenchRefused("rules.simulation.noPoints", "choose at least one service point");
        }
        if (servicePoints.byIds(points).size() != points.size()) {
            throw new WorkbenchRefused("rules.simulation.unknownPoint", "unknown service point in " + points);
        }
        List<SimulationRun> runs = new ArrayList<>();
        for (int i = 0; i < PARTS; i++) {
            runs.add(new SimulationRun(replayOf(set), new SimulationTally())); // a replay per thread
        }
        String owner = audit.actor();
        forgetOldRunsOf(owner);
        SimulationJob job = new SimulationJob(
                UUID.randomUUID().toString(),
                owner,
                set.getId(),
                set.getVersionNo(),
                set.getName(),
                from,
                until,
                points,
                clock.now(),
                new SimulationParts(runs));
        jobs.put(job.getId(), job);
        return job;
    }

    private Replay replayOf(RuleSet set) {
        try {
            return routing.replay(set.table());
        } catch (EngineException e) {
            throw new WorkbenchRefused("rules.simulation.unreadable", e.getMessage());
        } catch (RoutingFailed e) {
            throw new WorkbenchRefused("rules.simulation.notRoutable", e.getMessage());
        }
    }

    private void execute(SimulationJob job) {
        long started = System.nanoTime();
        LocalDateTime from = job.getFrom().atStartOfDay();
        LocalDateTime until = job.getUntil().plusDays(1).atStartOfDay();
        try {
            job.reads(history.range(from, until, job.getPointIds()));
            boolean complete = job.parts()
                    .runAll(
                            executor,
                            (whole, part, run) ->
                                    history.forEachVisitOf(whole, part, from, until, job.getPointIds(), run));
            job.parts().finish();
            long millis = (System.nanoTime() - started) / 1_000_000;
            job.finished(complete ? SimulationJob.State.DONE : SimulationJob.State.CANCELLED, millis);
            LOG.info(() -> "Simulated rule set " + job.getRuleSetVersion() + " on "
                    + job.getTally().visits() + " visits (" + job.getTally().replayed() + " decisions) in " + millis
                    + " ms");
        } catch (RuntimeException e) {
            job.finished(SimulationJob.State.FAILED, (System.nanoTime() - started) / 1_000_000);
            LOG.log(Level.WARNING, "Simulation " + job.getId() + " failed", e);
        }
    }

    private void forgetOldRunsOf(String owner) {
        List<SimulationJob> mine = jobs.values().stream()
                .filter(j -> j.getOwner().equals(owner))
                .sorted(Comparator.comparing(SimulationJob::getStartedAt).reversed())
                .toList();
        for (int i = KEPT_PER_USER - 1; i < mine.size(); i++) {
            SimulationJob old = mine.get(i);
            old.cancel();
            jobs.remove(old.getId());
        }
    }

    /** One side of a changed decision: which rule decided, what it gave, and why (its conditions). */
    @Schema(
            name = "SimulationSide",
            description = "One side of a changed decision: which rule decided, what it gave, and why")
    public record Side(
            @Schema(description = "Id of the rule that decided; null when the set could not decide")
            String ruleId,

            @Schema(description = "The support level it gave; null when undecided")
            String level,

            @Schema(description = "The agency it gave, if any")
            String agency,

            @Schema(description = "The assistance mode it gave, if any")
            String mode,

            @Schema(description = "All outputs of the decision, by output name; empty when undecided")
            Map<String, Object> outputs,

            @Schema(description = "The deciding rule's conditions, leaving out those that match anything")
            List<Condition> conditions) {}

    /** One condition of the deciding rule, as the explanation of the engine gives it. */
    @Schema(
            name = "SimulationCondition",
            description = "One condition of the deciding rule and the input value it was tested on")
    public record Condition(
            @Schema(description = "The input the condition tests")
            String column,

            @Schema(description = "The condition as written in the rule's cell")
            String test,

            @Schema(description = "The input's value in the replayed decision; may be null")
            Object value,

            @Schema(description = "Whether the value met the condition")
            boolean satisfied) {
        static Condition of(Explanation.Condition c) {
            return new Condition(c.column(), c.test(), c.value(), c.satisfied());
        }
    }

    /** Both sides of a changed decision: the stored rule set's and the simulated set's. */
    public record SideBySide(SimulationTally.Change change, Side current, Side proposed) {}

    /** Explains a changed decision with the set that made it then and with the simulated set. */
    public SideBySide explain(SimulationJob job, SimulationTally.Change change) {
        RuleTable simulated = ruleSets.byId(job.getRuleSetId())
                .orElseThrow(() -> new RefusedAction("rules.notFound"))
                .table();
        Side current =
                change.currentSetId() == null ? null : side(routing.explain(change.currentSetId(), change.facts()));
        return new SideBySide(change, current, side(routing.explain(simulated, change.facts())));
    }

    /**
     * Writes every changed decision of a finished run (the run is replayed, so the export holds one row at a
     * time however many there are) as CSV or XLSX: the visit and errand, and for the current and the simulated
     * set the level, rule and rationale in the given language.
     */
    public void export(SimulationJob job, String format, Locale locale, WorkbenchLabels labels, OutputStream out)
            throws IOException {
        if (!RowExport.known(format)) {
            throw new WorkbenchRefused("rules.simulation.badFormat", "export as csv or xlsx");
        }
        if (!job.isDone()) {
            throw new RefusedAction("rules.simulation.notDone");
        }
        RuleSet set = ruleSets.byId(job.getRuleSetId()).orElseThrow(() -> new RefusedAction("rules.notFound"));
        RuleTable simulated = set.table();
        // Every version's table read before the stream opens: a lookup inside the stream would begin a transaction
        // while the stream's connection is open, which enlists both connections and needs a two-phase commit (on
        // H2 an administrator's right, which the application's restricted user does not have).
        Map<Long, RuleTable> tables = new HashMap<>();
        ruleSets.all().forEach(r -> tables.put(r.getId(), r.table()));
        labels.readAll();
        Map<Long, String> points = new HashMap<>();
        servicePoints.all().forEach(p -> points.put(p.getId(), p.getName()));
        DateTimeFormatter time = DateTimeFormatter.ofPattern(Messages.text(locale, "format.dateTime"), locale);
        try (RowExport rows = RowExport.of(format, out, "simulation")) {
            rows.row(List.of(Messages.text(
                    locale, "rules.simulation.export.title", job.getRuleSetVersion(), job.getFrom(), job.getUntil())));
            rows.row(Stream.of(
                            "visit",
                            "errandId",
                            "arrived",
                            "point",
                            "errand",
                            "profile",
                            "agency",
                            "currentLevel",
                            "currentSet",
                            "currentRule",
                            "currentRationale",
                            "newLevel",
                            "newRule",
                            "newRationale")
                    .map(k -> Messages.text(locale, "rules.simulation.col." + k))
                    .toList());
            SimulationRun run =
                    new SimulationRun(replayOf(set), SimulationTally.countsOnly(), (visit, errand, level, ruleId) -> {
                        Optional<RuleTable> was =
                                Optional.ofNullable(errand.ruleSetId() == null ? null : tables.get(errand.ruleSetId()));
                        String wasWhy = was.map(t -> rationale(routing.explain(t, errand.facts()), locale))
                                .orElse("");
                        List<Object> row = new ArrayList<>();
                        row.add(visit.id());
                        row.add(errand.id());
                        row.add(time.format(visit.arrivedAt()));
                        row.add(points.getOrDefault(visit.servicePointId(), ""));
                        row.add(labels.task(errand.task(), locale));
                        row.add(labels.profile(errand.profile(), locale));
                        row.add(labels.agency(errand.agency(), locale));
                        row.add(labels.level(errand.recommended(), locale));
                        row.add(was.map(RuleTable::versionNo).orElse(null));
                        row.add(errand.ruleId());
                        row.add(wasWhy);
                        row.add(labels.level(level, locale));
                        row.add(ruleId);
                        row.add(rationale(routing.explain(simulated, errand.facts()), locale));
                        rows.row(row);
                    });
            LocalDateTime from = job.getFrom().atStartOfDay();
            LocalDateTime until = job.getUntil().plusDays(1).atStartOfDay();
            history.forEachVisit(history.range(from, until, job.getPointIds()), from, until, job.getPointIds(), run);
        }
    }

    private static String rationale(Explanation e, Locale locale) {
        if (e.decision().isError() || e.decision().matchCount() == 0) {
            return "";
        }
        return RuleRationale.in(
                locale, e.decision().matchedRuleId(0), e.decision().outputs());
    }

    static Side side(Explanation e) {
        if (e.decision().isError() || e.decision().matchCount() == 0) {
            return new Side(null, null, null, null, Map.of(), List.of());
        }
        String rule = e.decision().matchedRuleId(0);
        Map<String, Object> outputs = e.decision().outputs();
        List<Condition> conditions = e.rules().stream()
                .filter(Explanation.RuleTrace::selected)
                .findFirst()
                .map(r -> r.conditions().stream()
                        .filter(c -> !isAny(c.test()))
                        .map(Condition::of)
                        .toList())
                .orElse(List.of());
        return new Side(
                rule,
                text(outputs.get("supportLevel")),
                text(outputs.get("agency")),
                text(outputs.get("mode")),
                outputs,
                conditions);
    }

    private static boolean isAny(String test) {
        return test == null || test.isBlank() || test.strip().equals("-");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
