package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.rules.control.TestCaseCsv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test-case CSV with problems: nothing was imported; each problem names its line. */
public class TestCsvRefused extends RefusedAction {

    private final transient List<TestCaseCsv.Problem> problems;

    public TestCsvRefused(List<TestCaseCsv.Problem> problems) {
        super("rules.tests.csv.invalid", problems.size() + " problem(s) in the test-case file");
        this.problems = List.copyOf(problems);
    }

    public List<TestCaseCsv.Problem> problems() {
        return problems;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public List<Map<String, Object>> details() {
        return problems.stream()
                .map(p -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("line", p.line());
                    item.put("code", p.key());
                    item.put("value", p.value());
                    return item;
                })
                .toList();
    }
}
