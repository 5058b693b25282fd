package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The coordinator's form for one customer profile ({@code /rules/profile.xhtml?id=…}, or without an id for a new
 * one); the fields are those of {@link ProfileForm}.
 */
@Named
@ViewScoped
public class ProfileBacking extends ProfileForm {

    @Inject
    Profiles profiles;

    @Override
    protected Optional<CustomerProfile> find(Long id) {
        return profiles.byId(id);
    }

    public String save() {
        if (isExisting()) {
            profiles.update(getId(), getVersion(), draft());
        } else {
            profiles.create(draft());
        }
        Messages.info("profiles.saved", getPersonaName().strip());
        Messages.keepForRedirect();
        return "/rules/profiles?faces-redirect=true";
    }
}
