package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.control.OverridePatterns;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The learning page's proposals: each accepted into a new draft or into the draft chosen. */
@Named
@ViewScoped
public class OverrideProposalsBacking implements Serializable {

    @Inject
    OverridesBacking page;

    @Inject
    OverrideLearning learning;

    @Inject
    RuleSets ruleSets;

    @Inject
    LocaleSelection locale;

    private Long intoDraftId;

    public String accept(OverridePatterns.Proposal proposal) {
        Long version = intoDraftId == null
                ? null
                : ruleSets.byId(intoDraftId).map(RuleSet::getVersion).orElse(null);
        RuleSet draft = learning.accept(
                page.getFindings(),
                proposal.ruleId(),
                proposal.kind(),
                proposal.profile(),
                intoDraftId,
                version,
                locale.getLocale());
        Messages.info("rules.proposal.accepted", draft.getVersionNo());
        Messages.keepForRedirect();
        return "/rules/rule-set?faces-redirect=true&id=" + draft.getId();
    }

    /** The drafts a proposal can go into. */
    public List<RuleSet> getDrafts() {
        return ruleSets.all().stream()
                .filter(r -> r.getStatus() == RuleSetStatus.DRAFT)
                .toList();
    }

    public Long getIntoDraftId() {
        return intoDraftId;
    }

    public void setIntoDraftId(Long intoDraftId) {
        this.intoDraftId = intoDraftId;
    }
}
