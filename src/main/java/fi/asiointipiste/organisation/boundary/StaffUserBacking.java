package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** Creates or edits one staff account (admin/user.xhtml); the fields are those of {@link StaffUserForm}. */
@Named
@ViewScoped
public class StaffUserBacking extends StaffUserForm {

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @Inject
    Catalogue catalogue;

    @Override
    protected Optional<StaffUser> find(Long id) {
        return staffUsers.byId(id);
    }

    public String save() {
        if (getRoles().isEmpty()) {
            Messages.errorOn("accountForm:roles", "admin.user.rolesRequired");
            return null;
        }
        StaffUserDraft draft = draft();
        if (isExisting()) {
            staffUsers.update(getId(), getVersion(), draft);
        } else if (draft.hasPassword()) {
            staffUsers.create(draft);
        } else {
            Messages.errorOn("accountForm:password", "admin.user.passwordRequired");
            return null;
        }
        Messages.info("admin.user.saved", getUsername());
        Messages.keepForRedirect();
        return "/admin/index?faces-redirect=true";
    }

    /** Removes the user's authenticator app (a lost phone): their sessions end, and where required they enrol again. */
    public String resetSecondFactor() {
        staffUsers.resetSecondFactor(getId(), getVersion());
        Messages.info("admin.user.secondFactor.resetDone", getUsername());
        Messages.keepForRedirect();
        return "/admin/user?faces-redirect=true&id=" + getId();
    }

    /** The account as stored (for what the form does not edit: the second factor). */
    public Optional<StaffUser> getStored() {
        return isExisting() ? staffUsers.byId(getId()) : Optional.empty();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Agency> getAgencies() {
        return catalogue.agencies();
    }

    public List<ServicePoint> getAllPoints() {
        return servicePoints.all();
    }
}
