package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.Pilot;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Defines or changes one pilot (rules/pilot.xhtml?id=…, or ?ruleSet=… to start a new one from a rule set); the
 * fields are those of {@link PilotForm}, the choices {@link PilotChoicesBacking}'s. Removing asks once more before it
 * removes.
 */
@Named
@ViewScoped
public class PilotBacking extends PilotForm {

    @Inject
    Pilots pilots;

    @Inject
    ServiceClock clock;

    private Long ruleSetParam;
    private boolean confirmingRemoval;

    /** f:viewAction: loads the pilot, or proposes a new one's period (and rule set, from ?ruleSet=). */
    public void open() {
        load();
        if (!isExisting()) {
            propose(ruleSetParam, clock.today());
        }
    }

    @Override
    protected Optional<Pilot> find(Long id) {
        return pilots.byId(id);
    }

    public String save() {
        Pilot saved = isExisting() ? pilots.change(getId(), getVersion(), draft()) : pilots.define(draft());
        Messages.info("pilots.saved", saved.getName());
        Messages.keepForRedirect();
        return "/rules/pilots?faces-redirect=true";
    }

    public void askRemoval() {
        confirmingRemoval = true;
    }

    public void cancelRemoval() {
        confirmingRemoval = false;
    }

    public String remove() {
        pilots.remove(getId(), getVersion());
        Messages.info("pilots.removed", getName());
        Messages.keepForRedirect();
        return "/rules/pilots?faces-redirect=true";
    }

    public boolean isConfirmingRemoval() {
        return confirmingRemoval;
    }

    public Long getRuleSetParam() {
        return ruleSetParam;
    }

    public void setRuleSetParam(Long ruleSetParam) {
        this.ruleSetParam = ruleSetParam;
    }
}
