package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the coordinator's views of the customer profiles and the service catalogue. */
@Named
@RequestScoped
public class CatalogueBacking {

    @Inject
    Catalogue catalogue;

    @Inject
    LocaleSelection locale;

    @Inject
    Profiles allProfiles;

    @Inject
    ServiceTasks serviceTasks;

    private List<ServiceTask> tasks;

    /** Every profile, also those the front desk no longer offers, for the coordinator to revise. */
    public List<CustomerProfile> getAllProfiles() {
        return allProfiles.all();
    }

    /** Every errand, also those out of use, for the coordinator to revise. */
    public List<ServiceTask> getTasks() {
        if (tasks == null) {
            tasks = serviceTasks.all();
        }
        return tasks;
    }

    public EmpathyAspect[] getAspects() {
        return EmpathyAspect.values();
    }

    public SupportLevel[] getLevels() {
        return SupportLevel.values();
    }

    /** The text in the user's language; EL calls this for every localized field. */
    public String text(LocalizedText text) {
        return text == null ? "" : text.in(locale.getLocale());
    }
}
