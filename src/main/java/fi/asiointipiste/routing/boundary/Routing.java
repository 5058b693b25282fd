package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.explain.Explainer;
import fi.asiointipiste.routing.engine.explain.Explanation;
import fi.asiointipiste.routing.entity.PastDecision;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.RuleTable;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The support-level engine as the server uses it: finds the rule set that applies to the point and moment,
 * decides with its compiled table, and explains any stored decision again from its rule set and facts.
 * Compiled tables are cached per published set; a published table never changes, so the cache never goes stale.
 * The tables come through the {@link DecisionTables} port (implemented by the rules feature).
 */
@ApplicationScoped
public class Routing {

    @Inject
    DecisionTables tables;

    private final Map<Long, CompiledTable> compiled = new ConcurrentHashMap<>();

    public Recommendation recommend(long servicePointId, LocalDateTime at, RoutingFacts facts) {
        RuleTable set = tables.applicableTo(servicePointId, at)
                .orElseThrow(() -> new RoutingFailed(
                        "NO_RULE_SET",
                        "no published rule set applies to service point " + servicePointId + " at " + at));
        return recommend(set, facts);
    }

    /** Decides with a given set: used for the applicable set and for simulating drafts. */
    public Recommendation recommend(RuleTable set, RoutingFacts facts) {
        CompiledTable table = tableOf(set);
        Decision decision = table.decide(facts.values());
        if (decision.isError()) {
            throw new RoutingFailed(decision.error().code(), decision.error().message());
        }
        if (decision.matchCount() == 0) {
            throw new RoutingFailed("NO_MATCH", "no rule of rule set " + set.versionNo() + " matches " + facts);
        }
        Map<String, Object> out = decision.outputs();
        String agency = text(out.get("agency"));
        return new Recommendation(
                SupportLevel.valueOf(text(out.get("supportLevel"))),
                agency == null || agency.equals("NONE") ? null : agency,
                text(out.get("mode")),
                text(out.get("flow")),
                text(out.get("rationale")),
                set.id(),
                set.versionNo(),
                decision.matchedRuleId(0),
                facts);
    }

    /**
     * Replays a rule set (typically a draft) on stored decisions, using the facts stored with each, and compares
     * with the level recommended then. The caller chooses the decisions (the visits feature keeps them).
     */
    public Simulation simulate(RuleTable set, Iterable<PastDecision> decisions) {
        CompiledTable table = tableOf(set);
        Simulation simulation = new Simulation();
        for (PastDecision past : decisions) {
            Decision decision = table.decide(RoutingFacts.parse(past.facts()).values());
            if (decision.isError() || decision.matchCount() == 0) {
                simulation.undecided();
            } else {
                simulation.record(
                        past.recommended(),
                        SupportLevel.valueOf(String.valueOf(decision.outputs().get("supportLevel"))));
            }
        }
        return simulation;
    }

    /**
     * A replay of stored decisions with one set, for simulations over many decisions (one per thread). Refused
     * ({@code NOT_REPLAYABLE}) for a table that does not give one support level per decision.
     */
    public Replay replay(RuleTable set) {
        CompiledTable table = tableOf(set);
        if (!table.table().hitPolicy().isSingleHit() || table.table().outputIndex("supportLevel") < 0) {
            throw new RoutingFailed(
                    "NOT_REPLAYABLE", "rule set " + set.versionNo() + " does not give one support level per decision");
        }
        return new Replay(table);
    }

    /** Explains a decision again: the same set, the same facts, the same result, with every condition shown. */
    public Explanation explain(RuleTable set, String storedFacts) {
        return Explainer.explain(tableOf(set), RoutingFacts.parse(storedFacts).values());
    }

    /** Explains a stored decision with the rule set (by id) that made it. */
    public Explanation explain(long ruleSetId, String storedFacts) {
        RuleTable set =
                tables.byId(ruleSetId).orElseThrow(() -> new RoutingFailed("NO_RULE_SET", "no rule set " + ruleSetId));
        return explain(set, storedFacts);
    }

    private CompiledTable tableOf(RuleTable set) {
        if (!set.fixed()) {
            return TableCompiler.compile(DmnReader.readString(set.dmnXml()));
        }
        return compiled.computeIfAbsent(set.id(), id -> TableCompiler.compile(DmnReader.readString(set.dmnXml())));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
