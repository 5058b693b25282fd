package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Roll back to this version" on rules/rule-set.xhtml for a published or retired version: it is published again
 * as a new version, now or later, for all points or pilot points, with the reason (required).
 */
@Named
@ViewScoped
public class RollbackBacking extends PublicationForm {

    @Inject
    RuleSetBacking page;

    @Inject
    RuleSets ruleSets;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    public String rollback() {
        if (getNote() == null || getNote().isBlank()) {
            Messages.errorOn("rollbackForm:rollbackNote", "rules.rollback.noteRequired");
            return null;
        }
        proposeStart(clock.now());
        RuleSet again = ruleSets.rollback(
                page.getId(),
                getNote().strip(),
                effectiveFrom(clock.now()),
                isAllPoints(),
                servicePoints.byIds(getPilotPointIds()));
        Messages.info("rules.rollback.done", page.getSet().getVersionNo(), again.getVersionNo());
        Messages.keepForRedirect();
        return "/rules/rule-set?faces-redirect=true&id=" + again.getId();
    }
}
