package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.rules.control.RuleSetCheck;
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
 * Replacing the draft's table with a DMN file on the editor page. A file the engine cannot read is refused and its
 * problems are listed with the rules they concern; the draft stays as it was.
 */
@Named
@ViewScoped
public class DraftImportBacking implements Serializable {

    @Inject
    DraftBacking draft;

    @Inject
    RuleDrafts drafts;

    private transient Part file;
    private List<RuleSetCheck.Problem> problems = List.of();

    public void replace() throws IOException {
        problems = List.of();
        if (file == null || file.getSize() > DmnReader.DEFAULT_MAX_BYTES) {
            Messages.errorOn("importForm:file", "rules.import.tooLarge");
            return;
        }
        String xml;
        try (InputStream in = file.getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            String document = xml;
            draft.change(
                    () -> drafts.replaceTable(draft.getId(), draft.version(), document),
                    "replaced the table with an imported DMN document");
        } catch (RuleSetRejected rejected) { // the problems are listed by rule under the field
            problems = rejected.problems();
            throw rejected;
        }
        Messages.info("rules.import.replaced");
    }

    public List<RuleSetCheck.Problem> getProblems() {
        return problems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
