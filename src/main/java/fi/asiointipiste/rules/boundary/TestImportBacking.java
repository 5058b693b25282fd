package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.control.TestCaseCsv;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bringing test cases in on the test-case page: pin the latest past visits' decisions as cases, or import a CSV
 * file (problems listed by line; a file with any bad line adds nothing).
 */
@Named
@ViewScoped
public class TestImportBacking implements Serializable {

    /** The largest CSV file read. */
    static final long MAX_CSV_BYTES = 1024 * 1024;

    @Inject
    TestCasesBacking page;

    @Inject
    TestCases testCases;

    @Inject
    RuleWords words;

    private transient Part csv;
    private List<TestCaseCsv.Problem> csvProblems = List.of();
    private int pinCount = 20;

    public void importCsv() throws IOException {
        csvProblems = List.of();
        if (csv == null || csv.getSize() > MAX_CSV_BYTES) {
            Messages.errorOn("csvForm:csv", "rules.tests.csv.tooLarge");
            return;
        }
        String text;
        try (InputStream in = csv.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            int added = testCases.importCsv(page.getId(), text).size();
            Messages.info("rules.tests.csv.done", added);
        } catch (TestCsvRefused refused) { // the problems are listed by line under the field
            csvProblems = refused.problems();
            throw refused;
        }
        page.changed();
    }

    public void pin() {
        int pinned =
                testCases.pinPast(page.getId(), pinCount, words::pinnedName).size();
        Messages.info("rules.tests.pinned", pinned);
        page.changed();
    }

    /** A CSV problem in the reader's words: "Line 3: the value does not fit its column: maybe". */
    public String problemText(TestCaseCsv.Problem p) {
        var locale = words.vocabulary().locale();
        return Messages.text(locale, "rules.tests.csv.line", p.line(), Messages.text(locale, p.key(), p.value()));
    }

    public List<TestCaseCsv.Problem> getCsvProblems() {
        return csvProblems;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }

    public int getPinCount() {
        return pinCount;
    }

    public void setPinCount(int pinCount) {
        this.pinCount = pinCount;
    }
}
