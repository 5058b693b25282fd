package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the workbench shows after each edit: the check before publishing (the engine's analysis and what
 * routing needs), the allowed values no rule uses, and the outcome of every test case. One call, so an edit is
 * analysed and tested in one go (the benchmark measures exactly this).
 */
public record DraftAnalysis(
        List<RuleSetCheck.Problem> problems, List<UnusedValues.Unused> unused, List<TestOutcome> outcomes) {

    public static DraftAnalysis of(DecisionTable table, List<TestCase> cases) {
        return new DraftAnalysis(RuleSetCheck.problemsOf(table), UnusedValues.of(table), TestRun.run(table, cases));
    }

    public boolean hasErrors() {
        return RuleSetCheck.hasErrors(problems);
    }

    public boolean testsPass() {
        return TestRun.allPass(outcomes);
    }

    public long failing() {
        return outcomes.stream().filter(o -> !o.passed()).count();
    }

    /** How many problems must be fixed before publishing. */
    public long errors() {
        return problems.stream().filter(RuleSetCheck.Problem::error).count();
    }

    /** How many problems are worth a look but do not stop publishing. */
    public long warnings() {
        return problems.stream().filter(p -> !p.error()).count();
    }

    /** The failing test cases, in the order given, each with what the table gave instead. */
    public List<Failing> failing(List<TestCase> cases) {
        Map<Long, TestOutcome> byCase = outcomeByCase();
        List<Failing> failing = new ArrayList<>();
        for (TestCase c : cases) {
            TestOutcome o = byCase.get(c.getId());
            if (o != null && !o.passed()) {
                failing.add(new Failing(c, o));
            }
        }
        return failing;
    }

    /** A failing case and what the table gave instead. */
    public record Failing(TestCase testCase, TestOutcome outcome) {
        public TestCase getTestCase() {
            return testCase;
        }

        public TestOutcome getOutcome() {
            return outcome;
        }
    }

    /** The problems that name rules, by rule id (a problem naming two rules is listed under both). */
    public Map<String, List<RuleSetCheck.Problem>> byRule() {
        Map<String, List<RuleSetCheck.Problem>> byRule = new HashMap<>();
        for (RuleSetCheck.Problem p : problems) {
            for (String id : p.ruleIds()) {
                byRule.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            }
        }
        return byRule;
    }

    /** The problems that belong to no row: gaps, the table's shape, what routing needs. */
    public List<RuleSetCheck.Problem> tableWide() {
        return problems.stream().filter(p -> p.ruleIds().isEmpty()).toList();
    }

    /** Outcomes by test-case id. */
    public Map<Long, TestOutcome> outcomeByCase() {
        Map<Long, TestOutcome> by = new LinkedHashMap<>();
        outcomes.forEach(o -> by.put(o.caseId(), o));
        return by;
    }

    /** How many test cases each rule decides, by rule id. */
    public Map<String, Integer> casesByRule() {
        Map<String, Integer> by = new HashMap<>();
        outcomes.stream().filter(o -> o.ruleId() != null).forEach(o -> by.merge(o.ruleId(), 1, Integer::sum));
        return by;
    }

    /** A problem per failing test case, for refusing publication: which case, what it expects, what it got. */
    public static List<RuleSetCheck.Problem> failures(List<TestCase> cases, List<TestOutcome> outcomes) {
        List<RuleSetCheck.Problem> failures = new ArrayList<>();
        for (int i = 0; i < cases.size() && i < outcomes.size(); i++) {
            TestOutcome o = outcomes.get(i);
            if (!o.passed()) {
                TestCase c = cases.get(i);
                String got = o.error() != null ? o.error() : o.level() + "/" + o.agency() + "/" + o.mode();
                failures.add(new RuleSetCheck.Problem(
                        true,
                        "TEST_FAILED",
                        "Test case '" + c.getName() + "' expects "
                                + c.getExpectedLevel() + "/" + orAny(c.getExpectedAgency()) + "/"
                                + orAny(c.getExpectedMode())
                                + " but got " + got,
                        o.ruleId() == null ? List.of() : List.of(o.ruleId()),
                        null,
                        Map.of()));
            }
        }
        return failures;
    }

    private static String orAny(String code) {
        return code == null ? "any" : code;
    }
}
