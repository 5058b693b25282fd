package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Publishing a draft (the fields of {@link PublicationForm}: note, when, where) or retiring a published version, on
 * a rule set's page ({@link RuleSetBacking}). A refusal lists its problems in the page's check.
 */
@Named
@ViewScoped
public class PublishBacking extends PublicationForm {

    @Inject
    RuleSetBacking page;

    @Inject
    RuleSets ruleSets;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    @PostConstruct
    void proposeStart() {
        proposeStart(clock.now());
    }

    public String publish() {
        RuleSet set = page.getSet();
        List<ServicePoint> pilots = servicePoints.byIds(getPilotPointIds());
        return act(
                () -> ruleSets.publish(
                        set.getId(),
                        set.getVersion(),
                        effectiveFrom(clock.now()),
                        isAllPoints(),
                        pilots,
                        noteOr(set.getChangeNote())),
                "rules.publish.done");
    }

    public String retire() {
        return act(() -> ruleSets.retire(page.getId(), page.getSet().getVersion()), "rules.retire.done");
    }

    private String act(Runnable change, String doneKey) {
        try {
            change.run();
        } catch (RuleSetRejected rejected) {
            page.problems(rejected.problems()); // the page lists the problems; RefusalMessages shows the message
            throw rejected;
        }
        Messages.info(doneKey, page.getSet().getVersionNo());
        Messages.keepForRedirect();
        return "/rules/rule-set?faces-redirect=true&id=" + page.getId();
    }

    /** A draft without errors whose test cases all pass. */
    public boolean isPublishable() {
        return page.isDraft()
                && !RuleSetCheck.hasErrors(page.getProblems())
                && page.workbench().analysis().testsPass();
    }
}
