package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule set's test cases: each case's facts are decided by the compiled table exactly as the front desk
 * decides an errand, and the result is compared with what the case expects.
 */
public final class TestRun {

    /** The error code of every case when the table itself cannot run (syntax or type errors). */
    public static final String TABLE_ERRORS = "TABLE_ERRORS";

    private TestRun() {}

    public static List<TestOutcome> run(DecisionTable table, List<TestCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        CompiledTable compiled;
        try {
            compiled = TableCompiler.compile(table);
        } catch (EngineException e) {
            return cases.stream()
                    .map(c -> new TestOutcome(id(c), false, null, null, null, null, TABLE_ERRORS))
                    .toList();
        }
        return run(compiled, cases);
    }

    public static List<TestOutcome> run(CompiledTable table, List<TestCase> cases) {
        int level = table.outputNames().indexOf("supportLevel");
        int agency = table.outputNames().indexOf("agency");
        int mode = table.outputNames().indexOf("mode");
        List<TestOutcome> outcomes = new ArrayList<>(cases.size());
        for (TestCase c : cases) {
            Decision d;
            try {
                d = table.decide(c.facts().values());
            } catch (IllegalArgumentException e) {
                outcomes.add(new TestOutcome(id(c), false, null, null, null, null, "FACTS"));
                continue;
            }
            if (d.isError()) {
                outcomes.add(new TestOutcome(
                        id(c), false, null, null, null, null, d.error().code()));
            } else if (d.matchCount() == 0 || level < 0) {
                outcomes.add(new TestOutcome(id(c), false, null, null, null, null, "NO_MATCH"));
            } else {
                SupportLevel l = levelOf(d.outputText(level));
                String a = agency < 0 ? null : blankToNull(d.outputText(agency));
                String m = mode < 0 ? null : blankToNull(d.outputText(mode));
                String rule = d.matchedRuleId(0);
                outcomes.add(
                        l == null
                                ? new TestOutcome(id(c), false, null, a, m, rule, "NO_LEVEL")
                                : new TestOutcome(id(c), c.expects(l, a, m), l, a == null ? "NONE" : a, m, rule, null));
            }
        }
        return outcomes;
    }

    public static boolean allPass(List<TestOutcome> outcomes) {
        return outcomes.stream().allMatch(TestOutcome::passed);
    }

    private static SupportLevel levelOf(String text) {
        try {
            return text == null ? null : SupportLevel.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("null") ? null : s;
    }

    private static long id(TestCase c) {
        return c.getId() == null ? 0 : c.getId();
    }
}
