package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.TestFacts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The form of one test case on the test-case page (the fields of {@link TestCaseForm}): start a new case or change
 * one, with a field per fact the table reads and the expected level, agency and mode.
 */
@Named
@ViewScoped
public class TestCaseEditBacking extends TestCaseForm {

    @Inject
    TestCasesBacking page;

    @Inject
    TestCases testCases;

    @Inject
    RuleWords words;

    private boolean formOpen;

    public void startNew() {
        clear();
        formOpen = true;
    }

    public void edit(long caseId) {
        testCases.byId(caseId).ifPresent(this::fill);
        formOpen = true;
    }

    public void save() {
        TestCaseDraft draft = draft(page.workbench().table());
        if (isExisting()) {
            testCases.update(getCaseId(), getCaseVersion(), draft);
        } else {
            testCases.add(page.getId(), draft);
        }
        Messages.info("rules.tests.saved");
        formOpen = false;
        page.changed();
    }

    public void cancel() {
        formOpen = false;
    }

    /** The facts the table reads, each with the choices its field offers (none: typed). */
    public List<TestFacts.Fact> getFactFields() {
        return TestFacts.of(page.workbench().table(), words.vocabulary());
    }

    public List<SupportLevel> getLevels() {
        return List.of(SupportLevel.values());
    }

    /** The values an output column allows (agencies, modes), for the expected agency and mode. */
    public List<String> outputOptions(String output) {
        return TestFacts.outputOptions(page.workbench().table(), output);
    }

    public boolean isFormOpen() {
        return formOpen;
    }
}
