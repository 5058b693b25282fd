package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.explain.Explainer;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.boundary.RuleSets;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The support-level engine as the server uses it: finds the rule set that applies to the point and moment,
 * decides with its compiled table, and explains any stored decision again from its rule set and facts.
 * Compiled tables are cached per published set; a published table never changes, so the cache never goes stale.
 */
@ApplicationScoped
public class Routing {

    @Inject
    RuleSets ruleSets;

    @PersistenceContext
    EntityManager em;

    private final Map<Long, CompiledTable> compiled = new ConcurrentHashMap<>();

    public Recommendation recommend(ServicePoint point, LocalDateTime at, RoutingFacts facts) {
        RuleSet set = ruleSets.applicableTo(point, at).orElseThrow(() -> new RoutingFailed("NO_RULE_SET",
                "no published rule set applies to " + point.getCode() + " at " + at));
        return recommend(set, facts);
    }

    /** Decides with a given set: used for the applicable set and for simulating drafts. */
    public Recommendation recommend(RuleSet set, RoutingFacts facts) {
        CompiledTable table = tableOf(set);
        Decision decision = table.decide(facts.values());
        if (decision.isError()) {
            throw new RoutingFailed(decision.error().code(), decision.error().message());
        }
        if (decision.matchCount() == 0) {
            throw new RoutingFailed("NO_MATCH", "no rule of rule set " + set.getVersionNo() + " matches " + facts);
        }
        Map<String, Object> out = decision.outputs();
        String agency = text(out.get("agency"));
        return new Recommendation(SupportLevel.valueOf(text(out.get("supportLevel"))),
                agency == null || agency.equals("NONE") ? null : agency, text(out.get("mode")), text(out.get("flow")),
                text(out.get("rationale")), set, decision.matchedRuleId(0), facts);
    }

    /**
     * Replays a rule set (typically a draft) on the visit tasks that arrived in [from, until), using the facts
     * stored with each task, and compares with the level recommended then.
     */
    public Simulation simulate(RuleSet set, LocalDateTime from, LocalDateTime until) {
        CompiledTable table = tableOf(set);
        Simulation simulation = new Simulation();
        List<Object[]> rows = em.createQuery("SELECT t.decisionFacts, t.recommendedLevel FROM VisitTask t"
                        + " WHERE t.visit.arrivedAt >= :from AND t.visit.arrivedAt < :until"
                        + " AND t.decisionFacts IS NOT NULL AND t.recommendedLevel IS NOT NULL", Object[].class)
                .setParameter("from", from).setParameter("until", until).getResultList();
        for (Object[] row : rows) {
            Decision decision = table.decide(RoutingFacts.parse((String) row[0]).values());
            if (decision.isError() || decision.matchCount() == 0) {
                simulation.undecided();
            } else {
                simulation.record((SupportLevel) row[1],
                        SupportLevel.valueOf(String.valueOf(decision.outputs().get("supportLevel"))));
            }
        }
        return simulation;
    }

    /** Explains a decision again: the same set, the same facts, the same result, with every condition shown. */
    public Explanation explain(RuleSet set, String storedFacts) {
        return Explainer.explain(tableOf(set), RoutingFacts.parse(storedFacts).values());
    }

    private CompiledTable tableOf(RuleSet set) {
        if (set.getStatus() == RuleSetStatus.DRAFT || set.getId() == null) {
            return TableCompiler.compile(DmnReader.readString(set.getDmnXml()));
        }
        return compiled.computeIfAbsent(set.getId(), id -> TableCompiler.compile(DmnReader.readString(set.getDmnXml())));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
