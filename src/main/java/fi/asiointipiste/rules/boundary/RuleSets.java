package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.boundary.Routing;
import fi.asiointipiste.routing.boundary.Simulation;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetNotEditable;
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
import java.util.Optional;

/**
 * The rule sets coordinators draft, check and publish. Every change is audited; a published set's table is
 * never changed again, and publishing is refused while the engine's analysis reports an error.
 */
@ApplicationScoped
@Transactional
public class RuleSets {

    public static final String SEED = "/fi/asiointipiste/routing/seed-routing.dmn";
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

    public List<RuleSet> all() {
        return em.createNamedQuery("RuleSet.all", RuleSet.class).getResultList();
    }

    public Optional<RuleSet> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(RuleSet.class, id));
    }

    /** The one set that applies to a point at a moment (see {@link RuleSet}). */
    public Optional<RuleSet> applicableTo(ServicePoint point, LocalDateTime moment) {
        return em.createNamedQuery("RuleSet.applicable", RuleSet.class)
                .setParameter("point", point).setParameter("moment", moment)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Saves a DMN document as a new draft; a document the engine cannot read is refused with its problem. */
    public RuleSet draft(String name, String dmnXml, String note) {
        List<RuleSetCheck.Problem> unreadable = readProblems(dmnXml);
        if (!unreadable.isEmpty()) {
            throw new RuleSetRejected(unreadable);
        }
        RuleSet draft = new RuleSet(name, nextVersion(), dmnXml, audit.actor(), note, clock.now());
        em.persist(draft);
        audit.record("RULE_SET_DRAFTED", "RuleSet", draft.getVersionNo(), null, note);
        return draft;
    }

    public RuleSet revise(Long id, long expectedVersion, String dmnXml, String note) {
        RuleSet set = current(id, expectedVersion);
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
        return routing.simulate(byId(id).orElseThrow(() -> notFound(id)).table(),
                decisions.between(now.minusDays(SIMULATED_DAYS), now));
    }

    /**
     * Publishes a draft from {@code effectiveFrom} (not in the past) to all points or to pilot points.
     * Refused while the table has errors, or when another published set with the same effective time
     * overlaps its scope (then two sets would apply at once).
     */
    public RuleSet publish(Long id, long expectedVersion, LocalDateTime effectiveFrom, boolean allPoints,
                           List<ServicePoint> pilots) {
        LocalDateTime now = clock.now();
        if (effectiveFrom == null || effectiveFrom.isBefore(now.minusMinutes(1))) {
            throw new RuleSetNotEditable("rules.publish.past", "a rule set cannot take effect in the past");
        }
        return publishChecked(current(id, expectedVersion), effectiveFrom, allPoints, pilots, now);
    }

    private RuleSet publishChecked(RuleSet set, LocalDateTime from, boolean allPoints, List<ServicePoint> pilots,
                                   LocalDateTime now) {
        List<RuleSetCheck.Problem> problems = RuleSetCheck.problemsOf(set.getDmnXml());
        if (RuleSetCheck.hasErrors(problems)) {
            throw new RuleSetRejected(problems);
        }
        set.publish(audit.actor(), now, from, allPoints, pilots);
        for (RuleSet other : em.createNamedQuery("RuleSet.publishedAt", RuleSet.class)
                .setParameter("effectiveFrom", from).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (!other.getId().equals(set.getId()) && other.overlapsScopeOf(set)) {
                throw new RuleSetNotEditable("rules.publish.ambiguous", "rule set " + other.getVersionNo()
                        + " already takes effect at the same time for the same points");
            }
        }
        audit.record("RULE_SET_PUBLISHED", "RuleSet", set.getVersionNo(), "DRAFT",
                "from " + from + (allPoints ? " at all points" : " at " + set.getPilotPoints().stream()
                        .map(ServicePoint::getCode).sorted().toList()));
        return set;
    }

    public RuleSet retire(Long id, long expectedVersion) {
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
            RuleSet seed = new RuleSet("Työpajan perussäännöt", 1, xml, AuditLog.SYSTEM,
                    "Seed rules from the service-design workshop (docs/routing.md)", clock.now());
            em.persist(seed);
            publishChecked(seed, SEED_EFFECTIVE, true, List.of(), clock.now());
        } catch (IOException e) {
            throw new IllegalStateException("seed rules missing from the application", e);
        }
    }

    private RuleSet current(Long id, long expectedVersion) {
        RuleSet set = byId(id).orElseThrow(() -> notFound(id));
        if (set.getVersion() != expectedVersion) {
            throw new OptimisticLockException("rule set " + set.getVersionNo() + " was changed by someone else");
        }
        return set;
    }

    private int nextVersion() {
        Integer max = em.createNamedQuery("RuleSet.maxVersion", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static List<RuleSetCheck.Problem> readProblems(String dmnXml) {
        List<RuleSetCheck.Problem> problems = RuleSetCheck.problemsOf(dmnXml == null ? "" : dmnXml);
        return problems.stream().filter(p -> p.code().startsWith("DMN_")).toList();
    }

    private static RuleSetNotEditable notFound(Long id) {
        return new RuleSetNotEditable("rules.notFound", "no rule set " + id);
    }
}
