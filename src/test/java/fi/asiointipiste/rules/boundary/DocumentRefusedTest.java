package fi.asiointipiste.rules.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.TestCaseCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentRefusedTest {

    @Test
    void aRejectedRuleSetListsEachProblemWithItsRulesAndColumn() {
        List<RuleSetCheck.Problem> problems = new ArrayList<>(List.of(
                new RuleSetCheck.Problem(true, "OVERLAP", "Rules r1 and r2 overlap", List.of("r1", "r2"), "age", null),
                new RuleSetCheck.Problem(false, "UNUSED", "Rule r3 is never used", List.of("r3"), null, null)));
        RuleSetRejected rejected = new RuleSetRejected(problems);
        problems.clear(); // the refusal keeps its own copy

        assertThat(rejected.key()).isEqualTo("rules.rejected");
        assertThat(rejected.getMessage()).isEqualTo("Rules r1 and r2 overlap");
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.problems()).hasSize(2);
        assertThat(rejected.details())
                .containsExactly(
                        Map.of(
                                "error", true,
                                "code", "OVERLAP",
                                "message", "Rules r1 and r2 overlap",
                                "rules", "r1,r2",
                                "column", "age"),
                        Map.of(
                                "error", false,
                                "code", "UNUSED",
                                "message", "Rule r3 is never used",
                                "rules", "r3",
                                "column", ""));
        assertThat(rejected.details().get(0).keySet()).containsExactly("error", "code", "message", "rules", "column");
        assertThat(new RuleSetRejected("rules.tests.failing", List.of()).getMessage())
                .isEqualTo("rule set rejected");
    }

    @Test
    void aRefusedTestCaseFileListsEachProblemByLine() {
        TestCsvRefused refused = new TestCsvRefused(List.of(
                new TestCaseCsv.Problem(3, "rules.tests.csv.level", "MAYBE"),
                new TestCaseCsv.Problem(7, "rules.tests.csv.columns", "")));

        assertThat(refused.key()).isEqualTo("rules.tests.csv.invalid");
        assertThat(refused.getMessage()).isEqualTo("2 problem(s) in the test-case file");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.details())
                .containsExactly(
                        Map.of("line", 3, "code", "rules.tests.csv.level", "value", "MAYBE"),
                        Map.of("line", 7, "code", "rules.tests.csv.columns", "value", ""));
        assertThat(refused.details().get(0).keySet()).containsExactly("line", "code", "value");
    }
}
