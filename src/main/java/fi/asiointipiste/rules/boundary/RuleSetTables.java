package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.boundary.DecisionTables;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Optional;

/** The rule sets as routing's decision tables: the set that applies to a point at a moment, or one by id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RuleSetTables implements DecisionTables {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RuleTable> applicableTo(long servicePointId, LocalDateTime moment) {
        return em.createNamedQuery("RuleSet.applicableToPoint", RuleSet.class)
                .setParameter("pointId", servicePointId)
                .setParameter("moment", moment)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(RuleSet::table);
    }

    @Override
    public Optional<RuleTable> byId(long ruleSetId) {
        return Optional.ofNullable(em.find(RuleSet.class, ruleSetId)).map(RuleSet::table);
    }
}
