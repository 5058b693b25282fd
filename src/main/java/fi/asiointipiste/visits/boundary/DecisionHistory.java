package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.routing.boundary.DecisionTables;
import fi.asiointipiste.routing.entity.PastDecision;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.visits.control.DecisionStream;
import fi.asiointipiste.visits.entity.ErrandDecision;
import fi.asiointipiste.visits.entity.OverrideCount;
import fi.asiointipiste.visits.entity.PastVisit;
import fi.asiointipiste.visits.entity.StoredDecision;
import fi.asiointipiste.visits.entity.VisitIdRange;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The engine's stored decisions on visit tasks, for replaying a rule set on them (simulation) and for learning
 * from the clerks' overrides: the facts each decision was made on, the level recommended then and the level
 * applied. Facts are routing facts, never a name or identity code.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Databases databases;

    @Inject
    DecisionTables tables;

    /** Decisions on the tasks of visits that arrived in [from, until). */
    public List<PastDecision> between(LocalDateTime from, LocalDateTime until) {
        return em.createNamedQuery("VisitTask.decidedBetween", PastDecision.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    /** How many visits arrived in [from, until) at the points. */
    public long countVisits(LocalDateTime from, LocalDateTime until, Collection<Long> pointIds) {
        try {
            return DecisionStream.countVisits(databases.dataSource(), from, until, pointIds);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the stored visits", e);
        }
    }

    /** The ids of the first and last visit that arrived in [from, until) at the points. */
    public VisitIdRange range(LocalDateTime from, LocalDateTime until, Collection<Long> pointIds) {
        try {
            return DecisionStream.range(databases.dataSource(), from, until, pointIds);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored visits", e);
        }
    }

    /**
     * Hands the visits of {@code range} that arrived in [from, until) at the points, each with its errands and
     * their stored decisions, one at a time to {@code visit} until it answers false; answers whether every visit
     * was handed on. Streamed: memory stays flat however many visits there are.
     */
    public boolean forEachVisit(
            VisitIdRange range,
            LocalDateTime from,
            LocalDateTime until,
            Collection<Long> pointIds,
            Predicate<PastVisit> visit) {
        try {
            return DecisionStream.forEach(databases.dataSource(), range, from, until, pointIds, visit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored visits", e);
        }
    }

    /**
     * {@link #forEachVisit} for one part of a split range ({@link VisitIdRange#split}): the parts, read side by
     * side, hand on every visit of the whole range exactly once.
     */
    public boolean forEachVisitOf(
            VisitIdRange whole,
            VisitIdRange part,
            LocalDateTime from,
            LocalDateTime until,
            Collection<Long> pointIds,
            Predicate<PastVisit> visit) {
        try {
            return DecisionStream.forEachOf(databases.dataSource(), whole, part, from, until, pointIds, visit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored visits", e);
        }
    }

    /**
     * The decided errands of visits that arrived in [from, until) at the points, counted by rule set, rule,
     * profile, recommended and applied level and override reason; only those of one rule set unless it is null.
     */
    public List<OverrideCount> overrideCounts(
            Long ruleSetId, LocalDateTime from, LocalDateTime until, Collection<Long> pointIds) {
        if (pointIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("VisitTask.overrideCounts", OverrideCount.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("points", pointIds)
                .setParameter("set", ruleSetId == null ? -1L : ruleSetId)
                .setParameter("anySet", ruleSetId == null)
                .getResultList();
    }

    /** The errands of each visit with the decisions that routed them, in the order they were added. */
    public Map<Long, List<ErrandDecision>> errandsOfVisits(Collection<Long> visitIds) {
        Map<Long, List<ErrandDecision>> errands = new LinkedHashMap<>();
        if (visitIds.isEmpty()) {
            return errands;
        }
        Map<Long, Optional<RuleTable>> sets = new HashMap<>();
        for (VisitTask t : em.createNamedQuery("VisitTask.ofVisits", VisitTask.class)
                .setParameter("visits", visitIds)
                .getResultList()) {
            Integer versionNo = t.getRuleSetId() == null
                    ? null
                    : sets.computeIfAbsent(t.getRuleSetId(), tables::byId)
                            .map(RuleTable::versionNo)
                            .orElse(null);
            errands.computeIfAbsent(t.getVisit().getId(), id -> new java.util.ArrayList<>())
                    .add(new ErrandDecision(
                            t.getVisit().getId(),
                            t.getTask().getCode(),
                            t.getTask().getName(),
                            t.getRecommendedLevel(),
                            t.getAppliedLevel(),
                            t.getOverrideReason(),
                            t.getRuleSetId(),
                            versionNo,
                            t.getRuleId()));
        }
        return errands;
    }

    /** The latest decisions made with one rule set (newest first), with what they recommended: at most {@code max}. */
    public List<StoredDecision> latestOf(long ruleSetId, int max) {
        return em.createNamedQuery("VisitTask.latestDecisionsOfSet", StoredDecision.class)
                .setParameter("ruleSetId", ruleSetId)
                .setMaxResults(max)
                .getResultList();
    }
}
