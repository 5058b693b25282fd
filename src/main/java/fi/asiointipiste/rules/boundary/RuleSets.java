package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.boundary.Simulation;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.TestRun;
import fi.asiointipiste.rules.control.Wordings;
import fi.asiointipiste.rules.control.WorkshopCases;
import fi.asiointipiste.rules.entity.RuleEditRefused;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetNotEditable;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import fi.asiointipiste.visits.boundary.DecisionHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule sets coordinators draft, check and publish. Every change is audited with who and why; a published set's
 * table is never changed again, and publishing is refused while the engine's analysis reports an error or one of
 * the set's test cases fails. Only coordinators change rule sets ({@link RuleAccess}).
 */
@ApplicationScoped
@Transactional
public class RuleSets {

    public static final String SEED = "/fi/asiointipiste/routing/seed-routing.dmn";
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 2000;
    /** The seed set applies from long before any visit, so every stored visit has a set that applied. */
    static final LocalDateTime SEED_EFFECTIVE = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** A simulation replays the decisions of this many days before now. */
    static final int SIMULATED_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    Routing routing;

    @Inject
    DecisionHistory decisions;

    @Inject
    RuleAccess access;

    public List<RuleSet> all() {
        return em.createNamedQuery("RuleSet.all", RuleSet.class).getResultList();
    }

    public Optional<RuleSet> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(RuleSet.class, id));
    }

    /** Every rule's name in the set's own words in the language, by rule id; empty for an unknown set. */
    public Map<String, String> ruleNames(Long id, Locale locale) {
        return byId(id).map(set -> Wordings.names(RuleSetCheck.read(set.getDmnXml()), locale))
                .orElse(Map.of());
    }

    /** The one set that applies to a point at a moment (see {@link RuleSet}). */
    public Optional<RuleSet> applicableTo(ServicePoint point, LocalDateTime moment) {
        return em.createNamedQuery("RuleSet.applicable", RuleSet.class)
                .setParameter("point", point)
                .setParameter("moment", moment)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Saves a DMN document as a new draft; a document the engine cannot read is refused with its problem. */
    public RuleSet draft(String name, String dmnXml, String note) {
        access.requireCoordinator();
        requireNameAndNote(name, note);
        List<RuleSetCheck.Problem> unreadable = readProblems(dmnXml);
        if (!unreadable.isEmpty()) {
            throw new RuleSetRejected(unreadable);
        }
        RuleSet draft = new RuleSet(name, nextVersion(), dmnXml, audit.actor(), note, clock.now());
        try {
            em.persist(draft);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Two drafts saved at the same moment took the same version number: the unique key refused the second.
            if (fi.asiointipiste.platform.persistence.Constraints.isViolation(e)) {
                throw new RefusedAction("rules.versionRace", "a concurrent draft took version " + draft.getVersionNo());
            }
            throw e;
        }
        audit.record("RULE_SET_DRAFTED", "RuleSet", draft.getVersionNo(), null, note);
        return draft;
    }

    public RuleSet revise(Long id, long expectedVersion, String dmnXml, String note) {
        access.requireCoordinator();
        RuleSet set = current(id, expectedVersion);
        requireNameAndNote(set.getName(), note);
        List<RuleSetCheck.Problem> unreadable = readProblems(dmnXml);
        if (!unreadable.isEmpty()) {
            throw new RuleSetRejected(unreadable);
        }
        set.revise(dmnXml, note);
        audit.record("RULE_SET_REVISED", "RuleSet", set.getVersionNo(), null, note);
        return set;
    }

    public List<RuleSetCheck.Problem> check(Long id) {
        return RuleSetCheck.problemsOf(byId(id).orElseThrow(() -> notFound(id)).getDmnXml());
    }

    /** What the set would have recommended for the visit tasks of the last {@value #SIMULATED_DAYS} days. */
    public Simulation simulate(Long id) {
        LocalDateTime now = clock.now();
        return routing.simulate(
                byId(id).orElseThrow(() -> notFound(id)).table(),
                decisions.between(now.minusDays(SIMULATED_DAYS), now));
    }

    /**
     * Publishes a draft from {@code effectiveFrom} (not in the past) to all points or to pilot points.
     * Refused while the table has errors or a test case fails, or when another published set with the same
     * effective time overlaps its scope (then two sets would apply at once).
     */
    public RuleSet publish(
            Long id, long expectedVersion, LocalDateTime effectiveFrom, boolean allPoints, List<ServicePoint> pilots) {
        return publish(id, expectedVersion, effectiveFrom, allPoints, pilots, null);
    }

    /** Publishes with the coordinator's note on why (kept with the set and in the audit log). */
    public RuleSet publish(
            Long id,
            long expectedVersion,
            LocalDateTime effectiveFrom,
            boolean allPoints,
            List<ServicePoint> pilots,
            String note) {
        access.requireCoordinator();
        requireNote(note, false);
        LocalDateTime now = clock.now();
        requireNotPast(effectiveFrom, now);
        RuleSet set = current(id, expectedVersion);
        publishChecked(set, effectiveFrom, allPoints, pilots, now, note);
        audit.record(
                "RULE_SET_PUBLISHED",
                "RuleSet",
                set.getVersionNo(),
                "DRAFT",
                scope(set, effectiveFrom) + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return set;
    }

    /**
     * A new draft that starts as a copy of any version (draft, published or retired), with that version's test
     * cases; the draft remembers which version it came from.
     */
    public RuleSet copyAsDraft(Long sourceId, String name, String note) {
        access.requireCoordinator();
        requireNameAndNote(name, note);
        RuleSet source = byId(sourceId).orElseThrow(() -> notFound(sourceId));
        RuleSet draft = RuleSet.draftOf(source, name, nextVersion(), audit.actor(), note, clock.now());
        em.persist(draft);
        copyCases(source, draft);
        audit.record("RULE_SET_DRAFTED", "RuleSet", draft.getVersionNo(), "version " + source.getVersionNo(), note);
        return draft;
    }

    /**
     * Rolls back by publishing an earlier (published or retired) version again as a new version: the same table and
     * test cases under the next version number, effective from {@code effectiveFrom} (now when null) for all points
     * or the given pilot points. The earlier version itself stays as it was, so history is never rewritten.
     */
    public RuleSet rollback(
            Long sourceId, String note, LocalDateTime effectiveFrom, boolean allPoints, List<ServicePoint> pilots) {
        access.requireCoordinator();
        requireNote(note, true);
        RuleSet source = byId(sourceId).orElseThrow(() -> notFound(sourceId));
        if (source.getStatus() == RuleSetStatus.DRAFT) {
            throw new RuleSetNotEditable(
                    "rules.rollback.draft", "a draft has never been published; publish it instead");
        }
        LocalDateTime now = clock.now();
        LocalDateTime from = effectiveFrom == null ? now : effectiveFrom;
        requireNotPast(from, now);
        RuleSet again = RuleSet.draftOf(source, source.getName(), nextVersion(), audit.actor(), note, now);
        em.persist(again);
        copyCases(source, again);
        em.flush();
        publishChecked(again, from, allPoints, pilots, now, note);
        audit.record(
                "RULE_SET_ROLLED_BACK",
                "RuleSet",
                again.getVersionNo(),
                "version " + source.getVersionNo(),
                scope(again, from) + ": " + note);
        return again;
    }

    /** The test cases of a set in their order. */
    public List<TestCase> testCases(RuleSet set) {
        return em.createNamedQuery("TestCase.ofSet", TestCase.class)
                .setParameter("set", set)
                .getResultList();
    }

    /** The set's test cases run on its table now. */
    public List<TestOutcome> runTests(Long id) {
        RuleSet set = byId(id).orElseThrow(() -> notFound(id));
        return TestRun.run(RuleSetCheck.read(set.getDmnXml()), testCases(set));
    }

    private void copyCases(RuleSet source, RuleSet target) {
        for (TestCase c : testCases(source)) {
            em.persist(c.copyFor(target));
        }
    }

    private static void requireNotPast(LocalDateTime effectiveFrom, LocalDateTime now) {
        if (effectiveFrom == null || effectiveFrom.isBefore(now.minusMinutes(1))) {
            throw new RuleSetNotEditable("rules.publish.past", "a rule set cannot take effect in the past");
        }
    }

    private void publishChecked(
            RuleSet set,
            LocalDateTime from,
            boolean allPoints,
            List<ServicePoint> pilots,
            LocalDateTime now,
            String note) {
        List<RuleSetCheck.Problem> problems = RuleSetCheck.problemsOf(set.getDmnXml());
        if (RuleSetCheck.hasErrors(problems)) {
            throw new RuleSetRejected(problems);
        }
        List<TestCase> cases = testCases(set);
        List<TestOutcome> outcomes = TestRun.run(RuleSetCheck.read(set.getDmnXml()), cases);
        if (!TestRun.allPass(outcomes)) {
            throw new RuleSetRejected("rules.tests.failing", DraftAnalysis.failures(cases, outcomes));
        }
        set.publish(audit.actor(), now, from, allPoints, pilots, note);
        for (RuleSet other : em.createNamedQuery("RuleSet.publishedAt", RuleSet.class)
                .setParameter("effectiveFrom", from)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (!other.getId().equals(set.getId()) && other.overlapsScopeOf(set)) {
                throw new RuleSetNotEditable(
                        "rules.publish.ambiguous",
                        "rule set " + other.getVersionNo()
                                + " already takes effect at the same time for the same points");
            }
        }
    }

    private static String scope(RuleSet set, LocalDateTime from) {
        return "from " + from
                + (set.isAllPoints()
                        ? " at all points"
                        : " at "
                                + set.getPilotPoints().stream()
                                        .map(ServicePoint::getCode)
                                        .sorted()
                                        .toList());
    }

    public RuleSet retire(Long id, long expectedVersion) {
        access.requireCoordinator();
        RuleSet set = current(id, expectedVersion);
        set.retire(clock.now());
        audit.record("RULE_SET_RETIRED", "RuleSet", set.getVersionNo(), "PUBLISHED", "RETIRED");
        return set;
    }

    /** On a database with no rule set, publishes the workshop's seed rules for all points. */
    public void seedIfNone() {
        if (!all().isEmpty()) {
            return;
        }
        try (InputStream in = RuleSets.class.getResourceAsStream(SEED)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RuleSet seed = new RuleSet(
                    "Työpajan perussäännöt",
                    1,
                    xml,
                    AuditLog.SYSTEM,
                    "Palvelumuotoilutyöpajan säännöt (docs/routing.md)",
                    clock.now());
            em.persist(seed);
            int position = 1;
            for (WorkshopCases.Example e : WorkshopCases.EXAMPLES) {
                em.persist(new TestCase(seed, position++, e.name(), e.facts(), e.level(), e.agency(), e.mode()));
            }
            em.flush();
            publishChecked(seed, SEED_EFFECTIVE, true, List.of(), clock.now(), null);
            audit.record("RULE_SET_PUBLISHED", "RuleSet", seed.getVersionNo(), "DRAFT", scope(seed, SEED_EFFECTIVE));
        } catch (IOException e) {
            throw new IllegalStateException("seed rules missing from the application", e);
        }
    }

    RuleSet current(Long id, long expectedVersion) {
        RuleSet set = byId(id).orElseThrow(() -> notFound(id));
        if (set.getVersion() != expectedVersion) {
            throw new OptimisticLockException("rule set " + set.getVersionNo() + " was changed by someone else");
        }
        return set;
    }

    int nextVersion() {
        Integer max = em.createNamedQuery("RuleSet.maxVersion", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** A version's name (at most 200 characters) and change note (at most 2,000), neither empty. */
    static void requireNameAndNote(String name, String note) {
        if (name == null
                || name.isBlank()
                || name.strip().length() > MAX_NAME
                || note == null
                || note.isBlank()
                || note.strip().length() > MAX_NOTE) {
            throw new RuleEditRefused(
                    "rules.nameAndNote",
                    "a version needs a name (at most " + MAX_NAME + " characters) and a change note (at most "
                            + MAX_NOTE + ")");
        }
    }

    /** A publishing or rollback note: at most 2,000 characters, and for a rollback not empty. */
    static void requireNote(String note, boolean required) {
        if (required && (note == null || note.isBlank())) {
            throw new RuleEditRefused("rules.rollback.noteRequired", "a rollback needs a note on why");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new RuleEditRefused("rules.note.tooLong", "the note is longer than " + MAX_NOTE + " characters");
        }
    }

    static List<RuleSetCheck.Problem> readProblems(String dmnXml) {
        List<RuleSetCheck.Problem> problems = RuleSetCheck.problemsOf(dmnXml == null ? "" : dmnXml);
        return problems.stream().filter(p -> p.code().startsWith("DMN_")).toList();
    }

    static RuleSetNotEditable notFound(Long id) {
        return new RuleSetNotEditable("rules.notFound", "no rule set " + id);
    }
}
