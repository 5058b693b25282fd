package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The coordinator's list of rule sets, and the import of a DMN file as a new draft. */
@Named
@RequestScoped
public class RuleSetsBacking {

    static final long MAX_BYTES = 4L * 1024 * 1024;

    @Inject
    RuleSets ruleSets;

    private List<RuleSet> all;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 2000)
    private String note;

    @NotNull
    private Part file;

    public List<RuleSet> getAll() {
        if (all == null) {
            all = ruleSets.all();
        }
        return all;
    }

    /** Saves the uploaded DMN as a draft and opens it; an unreadable file is explained and nothing is saved. */
    public String importDraft() throws IOException {
        if (file.getSize() > MAX_BYTES) {
            Messages.errorOn("importForm:file", "rules.import.tooLarge");
            return null;
        }
        String xml;
        try (InputStream in = file.getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            RuleSet draft = ruleSets.draft(name.strip(), xml, note.strip());
            Messages.info("rules.import.done", draft.getVersionNo());
            Messages.keepForRedirect();
            return "/rules/rule-set?faces-redirect=true&id=" + draft.getId();
        } catch (RuleSetRejected rejected) { // each problem goes to the upload field, not to the page's messages
            rejected.problems().forEach(p -> Messages.errorOn("importForm:file", "rules.import.unreadable", p.message()));
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
