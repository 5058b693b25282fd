package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.routing.entity.PastDecision;
import fi.asiointipiste.visits.entity.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The engine's stored decisions on visit tasks, for replaying a rule set on them (simulation): the facts each
 * decision was made on and the level recommended then. Facts are routing facts, never a name or identity code.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionHistory {

    @PersistenceContext
    EntityManager em;

    /** Decisions on the tasks of visits that arrived in [from, until). */
    public List<PastDecision> between(LocalDateTime from, LocalDateTime until) {
        return em.createNamedQuery("VisitTask.decidedBetween", PastDecision.class)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    /** The latest decisions made with one rule set (newest first), with what they recommended: at most {@code max}. */
    public List<StoredDecision> latestOf(long ruleSetId, int max) {
        return em.createNamedQuery("VisitTask.latestDecisionsOfSet", StoredDecision.class)
                .setParameter("ruleSetId", ruleSetId).setMaxResults(max).getResultList();
    }
}
