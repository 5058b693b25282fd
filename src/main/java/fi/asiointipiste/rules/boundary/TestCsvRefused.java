package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.control.TestCaseCsv;
import java.util.List;

/** A test-case CSV with problems: nothing was imported; each problem names its line. */
public class TestCsvRefused extends DocumentRefused {

    private final transient List<TestCaseCsv.Problem> problems;

    public TestCsvRefused(List<TestCaseCsv.Problem> problems) {
        super("rules.tests.csv.invalid", problems.size() + " problem(s) in the test-case file", problems, (p, item) -> {
            item.put("line", p.line());
            item.put("code", p.key());
            item.put("value", p.value());
        });
        this.problems = List.copyOf(problems);
    }

    public List<TestCaseCsv.Problem> problems() {
        return problems;
    }
}
