package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The coordinator's list of rule sets, and the import of a DMN file ({@link RuleSetImportForm}) as a new draft. */
@Named
@RequestScoped
public class RuleSetsBacking extends RuleSetImportForm {

    @Inject
    RuleSets ruleSets;

    private List<RuleSet> all;

    public List<RuleSet> getAll() {
        if (all == null) {
            all = ruleSets.all();
        }
        return all;
    }

    /** Saves the uploaded DMN as a draft and opens it; an unreadable file is explained and nothing is saved. */
    public String importDraft() throws IOException {
        Optional<String> xml = document();
        if (xml.isEmpty()) {
            Messages.errorOn("importForm:file", "rules.import.tooLarge");
            return null;
        }
        try {
            RuleSet draft =
                    ruleSets.draft(getName().strip(), xml.get(), getNote().strip());
            Messages.info("rules.import.done", draft.getVersionNo());
            Messages.keepForRedirect();
            return "/rules/rule-set?faces-redirect=true&id=" + draft.getId();
        } catch (RuleSetRejected rejected) { // each problem goes to the upload field, not to the page's messages
            rejected.problems()
                    .forEach(p -> Messages.errorOn("importForm:file", "rules.import.unreadable", p.message()));
            return null;
        }
    }
}
