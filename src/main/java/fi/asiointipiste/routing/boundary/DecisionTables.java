package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.routing.entity.RuleTable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Where routing finds its decision tables. Routing decides; the rules feature stores the versioned rule sets and
 * implements this port, so routing never depends on how or where rule sets are kept (and rules may depend on
 * routing's engine without a cycle).
 */
public interface DecisionTables {

    /** The one table that applies to a service point at a moment, if any is published for it. */
    Optional<RuleTable> applicableTo(long servicePointId, LocalDateTime moment);

    /** A table by its rule set's id, for explaining a stored decision with the set that made it. */
    Optional<RuleTable> byId(long ruleSetId);
}
