package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** "New draft from this version" on rules/rule-set.xhtml: a name and a change note; the draft opens in the editor. */
@Named
@ViewScoped
public class RuleCopyBacking implements Serializable {

    @Inject
    RuleSetBacking page;

    @Inject
    RuleSets ruleSets;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 2000)
    private String note;

    public String copy() {
        RuleSet draft = ruleSets.copyAsDraft(page.getId(), name.strip(), note.strip());
        Messages.info("rules.copy.done", draft.getVersionNo(), page.getSet().getVersionNo());
        Messages.keepForRedirect();
        return "/rules/editor?faces-redirect=true&id=" + draft.getId();
    }

    public String getName() {
        if (name == null && page.getSet() != null) {
            name = page.getSet().getName();
        }
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
}
