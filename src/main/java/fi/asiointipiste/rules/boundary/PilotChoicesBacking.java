package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.RuleSet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The choices of the pilot form (rules/pilot.xhtml): rule set versions, profiles, agencies and points. */
@Named
@RequestScoped
public class PilotChoicesBacking {

    @Inject
    RuleSets ruleSets;

    @Inject
    SignedInStaff staff;

    @Inject
    Catalogue catalogue;

    @Inject
    LocaleSelection localeSelection;

    /** Every version, newest first: a pilot may name a draft while it is planned. */
    public List<RuleSet> getRuleSets() {
        return ruleSets.all();
    }

    /** "Version 5: name (Published)" in the user's language. */
    public String ruleSetLabel(RuleSet set) {
        Locale locale = localeSelection.getLocale();
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
        return agency.getName().in(localeSelection.getLocale());
    }

    /** Only the coordinator's own points. */
    public List<ServicePoint> getPointOptions() {
        return staff.getServicePoints();
    }
}
