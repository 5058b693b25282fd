package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.InputColumn;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.CellPicker;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.control.TestCaseCsv;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TestCase;
import fi.asiointipiste.rules.entity.TestOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The test cases of a rule set (rules/test-cases.xhtml): each with its outcome on the set's table; for a draft,
 * add or change a case (the fields of {@link TestCaseForm}), delete one, import a CSV file (problems listed by
 * line), and pin the latest past visits' decisions as cases.
 */
@Named
@ViewScoped
public class TestCasesBacking extends TestCaseForm {

    /** The largest CSV file read. */
    static final long MAX_CSV_BYTES = 1024 * 1024;

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleDrafts drafts;

    @Inject
    TestCases testCases;

    @Inject
    RuleWords words;

    private Long id;
    private transient Workbench workbench;
    private transient Part csv;
    private List<TestCaseCsv.Problem> csvProblems = List.of();
    private int pinCount = 20;
    private boolean formOpen;

    /** f:viewAction. */
    public String load() {
        if (id == null || ruleSets.byId(id).isEmpty()) {
            Messages.error("rules.notFound");
            Messages.keepForRedirect();
            return "/rules/index?faces-redirect=true";
        }
        workbench = drafts.view(id);
        return null;
    }

    Workbench workbench() {
        if (workbench == null) {
            workbench = drafts.view(id);
        }
        return workbench;
    }

    public void startNew() {
        clear();
        formOpen = true;
    }

    public void edit(long caseId) {
        testCases.byId(caseId).ifPresent(this::fill);
        formOpen = true;
    }

    public void save() {
        TestCaseDraft draft = draft(workbench().table());
        if (isExisting()) {
            testCases.update(getCaseId(), getCaseVersion(), draft);
        } else {
            testCases.add(id, draft);
        }
        Messages.info("rules.tests.saved");
        formOpen = false;
        workbench = null;
    }

    public void cancel() {
        formOpen = false;
    }

    public void delete(long caseId) {
        TestCase c = testCases.byId(caseId).orElse(null);
        if (c != null) {
            testCases.delete(caseId, c.getVersion());
            Messages.info("rules.tests.deleted");
        }
        workbench = null;
    }

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
            int added = testCases.importCsv(id, text).size();
            Messages.info("rules.tests.csv.done", added);
        } catch (TestCsvRefused refused) { // the problems are listed by line under the field
            csvProblems = refused.problems();
            throw refused;
        }
        workbench = null;
    }

    public void pin() {
        int pinned = testCases.pinPast(id, pinCount, words::pinnedName).size();
        Messages.info("rules.tests.pinned", pinned);
        workbench = null;
    }

    /** A CSV problem in the reader's words: "Line 3: the value does not fit its column: maybe". */
    public String problemText(TestCaseCsv.Problem p) {
        return Messages.text(
                words.vocabulary().locale(),
                "rules.tests.csv.line",
                p.line(),
                Messages.text(words.vocabulary().locale(), p.key(), p.value()));
    }

    public boolean isDraft() {
        return getSet().getStatus() == RuleSetStatus.DRAFT;
    }

    public RuleSet getSet() {
        return workbench().set();
    }

    public List<TestCase> getCases() {
        return workbench().cases();
    }

    public Map<Long, TestOutcome> getOutcomes() {
        return workbench().analysis().outcomeByCase();
    }

    public long getFailing() {
        return workbench().analysis().failing();
    }

    public ReadableTable getReadable() {
        return words.readable(workbench().table(), workbench().analysis());
    }

    /** The facts the table reads, each with the choices its field offers (none: typed). */
    public List<Fact> getFactFields() {
        List<Fact> fields = new ArrayList<>();
        for (InputColumn in : workbench().table().inputs()) {
            List<String> options = new ArrayList<>();
            CellPicker.Choice allowed =
                    in.allowedValues() == null ? null : CellPicker.read(in.type(), in.allowedValues());
            if (allowed != null) {
                options.addAll(allowed.values());
            }
            fields.add(new Fact(
                    in.expression(),
                    words.vocabulary().column(in.expression(), in.label()),
                    in.type().name(),
                    options));
        }
        return fields;
    }

    /** One fact's field: its name (the input), label, type and choices. */
    public record Fact(String name, String label, String type, List<String> options) implements java.io.Serializable {
        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        public String getType() {
            return type;
        }

        public List<String> getOptions() {
            return options;
        }
    }

    public List<SupportLevel> getLevels() {
        return List.of(SupportLevel.values());
    }

    /** The values an output column allows (agencies, modes), for the expected agency and mode. */
    public List<String> outputOptions(String output) {
        int o = workbench().table().outputIndex(output);
        if (o < 0 || workbench().table().outputs().get(o).allowedValues() == null) {
            return List.of();
        }
        return CellPicker.read(
                        fi.asiointipiste.routing.engine.TypeRef.STRING,
                        workbench().table().outputs().get(o).allowedValues())
                .values();
    }

    public boolean isFormOpen() {
        return formOpen;
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
