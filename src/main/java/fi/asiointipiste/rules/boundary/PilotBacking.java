package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Defines or changes one pilot (rules/pilot.xhtml?id=…, or ?ruleSet=… to start a new one from a rule set); the
 * fields are those of {@link PilotForm}. Removing asks once more before it removes.
 */
@Named
@ViewScoped
public class PilotBacking extends PilotForm {

    @Inject
    Pilots pilots;

    @Inject
    RuleSets ruleSets;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    Catalogue catalogue;

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

    /** Every version, newest first: a pilot may name a draft while it is planned. */
    public List<RuleSet> getRuleSets() {
        return ruleSets.all();
    }

    /** "Version 5: name (Published)" in the user's language. */
    public String ruleSetLabel(RuleSet set) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text(
                locale,
                "pilots.ruleSet.option",
                set.getVersionNo(),
                set.getName(),
                Messages.text(locale, "RuleSetStatus." + set.getStatus()));
    }

    /** The profiles a pilot can be about (besides every customer). */
    public List<CustomerProfile> getProfileOptions() {
        return catalogue.profiles();
    }

    /** The agencies whose errands a pilot can be about (besides every errand). */
    public List<Agency> getAgencyOptions() {
        return catalogue.agencies();
    }

    /** An agency's name in the page's language. */
    public String agencyName(Agency agency) {
        return agency.getName()
                .in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Only the coordinator's own points. */
    public List<ServicePoint> getPointOptions() {
        return staff.getServicePoints();
    }

    public Long getRuleSetParam() {
        return ruleSetParam;
    }

    public void setRuleSetParam(Long ruleSetParam) {
        this.ruleSetParam = ruleSetParam;
    }
}
