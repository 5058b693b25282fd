package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The coordinator's form for one errand of the catalogue ({@code /rules/catalogue-task.xhtml?id=…}, or without
 * an id for a new one); the fields are those of {@link ServiceTaskForm}.
 */
@Named
@ViewScoped
public class ServiceTaskBacking extends ServiceTaskForm {

    @Inject
    ServiceTasks tasks;

    @Inject
    Catalogue catalogue;

    @Override
    protected Optional<ServiceTask> find(Long id) {
        return tasks.byId(id);
    }

    public String save() {
        ServiceTask saved = isExisting() ? tasks.update(getId(), getVersion(), draft()) : tasks.create(draft());
        Messages.info("catalogue.saved", saved.getName().getFi());
        Messages.keepForRedirect();
        return "/rules/catalogue?faces-redirect=true";
    }

    public List<Agency> getAgencies() {
        return catalogue.agencies();
    }
}
