package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Creates or edits one staff account: name, roles, agency, service points, active, password. */
@Named
@ViewScoped
public class StaffUserBacking implements Serializable {

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @Inject
    Catalogue catalogue;

    private Long id;
    private long version;
    private boolean existing;

    @NotBlank
    @Size(min = 3, max = 60)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{admin.user.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    private List<Role> roles = new ArrayList<>();
    private Long agencyId;
    private List<Long> pointIds = new ArrayList<>();
    private boolean active = true;

    @Size(max = 200)
    private String password;

    /** f:viewAction: loads the account to edit, or starts a new one. */
    public void load() {
        if (id == null || existing) {
            return;
        }
        StaffUser user = staffUsers.byId(id).orElse(null);
        if (user == null) {
            Messages.error("admin.user.notFound");
            id = null;
            return;
        }
        existing = true;
        version = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        roles = new ArrayList<>(user.getRoles());
        agencyId = user.getAgency() == null ? null : user.getAgency().getId();
        pointIds = user.getServicePoints().stream().map(ServicePoint::getId).toList();
        active = user.isActive();
    }

    public String save() {
        if (roles.isEmpty()) {
            Messages.errorOn("accountForm:roles", "admin.user.rolesRequired");
            return null;
        }
        Set<Role> chosen = EnumSet.copyOf(roles);
        Agency agency = catalogue.agencies().stream().filter(a -> a.getId().equals(agencyId)).findFirst().orElse(null);
        List<ServicePoint> points = servicePoints.all().stream().filter(p -> pointIds.contains(p.getId())).toList();
        try {
            if (existing) {
                staffUsers.update(id, version, displayName.strip(), chosen, agency, points, active);
                if (password != null && !password.isBlank()) {
                    staffUsers.changePassword(id, password);
                }
            } else {
                if (password == null || password.isBlank()) {
                    Messages.errorOn("accountForm:password", "admin.user.passwordRequired");
                    return null;
                }
                staffUsers.create(username.strip(), displayName.strip(), password, chosen, agency, points);
            }
        } catch (RuntimeException e) {
            Throwable refusal = Causes.firstOf(e, RefusedAction.class, OptimisticLockException.class).orElseThrow(() -> e);
            Messages.error(refusal instanceof RefusedAction refused ? refused.key() : "general.conflict");
            return null;
        }
        Messages.info("admin.user.saved", username);
        Messages.keepForRedirect();
        return "/admin/index?faces-redirect=true";
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

    public boolean isExisting() {
        return existing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public List<Long> getPointIds() {
        return pointIds;
    }

    public void setPointIds(List<Long> pointIds) {
        this.pointIds = pointIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
