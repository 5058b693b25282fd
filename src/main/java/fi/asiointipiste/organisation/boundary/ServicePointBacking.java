package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** Creates or edits one service point (admin/point.xhtml); the fields are those of {@link ServicePointForm}. */
@Named
@ViewScoped
public class ServicePointBacking extends ServicePointForm {

    @Inject
    ServicePoints servicePoints;

    @Override
    protected Optional<ServicePoint> find(Long id) {
        return servicePoints.byId(id);
    }

    public String save() {
        if (isExisting()) {
            servicePoints.update(
                    getId(), getVersion(), getName().strip(), getMunicipality().strip(), isActive(), getDesks());
        } else {
            servicePoints.create(
                    getCode().strip(), getName().strip(), getMunicipality().strip(), getDesks());
        }
        Messages.info("admin.point.saved", getCode());
        Messages.keepForRedirect();
        return "/admin/index?faces-redirect=true";
    }
}
