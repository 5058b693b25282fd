package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ApiToken;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Administrators issue and revoke the API tokens of other systems (admin/api-tokens.xhtml). The secret of a new token
 * is shown once, on the page the browser is redirected to (the flash), and never again.
 */
@Named
@RequestScoped
public class ApiTokenAdminBacking {

    /** The flash attribute holding a new token's secret for the one page that shows it. */
    static final String SECRET = "apiTokenSecret";

    @Inject
    ApiTokens tokens;

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    private Long userId;
    private String label;
    private List<Role> roles = new ArrayList<>();
    private List<Long> pointIds = new ArrayList<>();
    private Map<Long, String> pointNames;

    public String issue() {
        ApiTokens.Issued issued = tokens.issue(userId, label, new HashSet<>(roles), new HashSet<>(pointIds));
        Messages.info("admin.apiToken.issued");
        Messages.keepForRedirect();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SECRET, issued.secret());
        return "/admin/api-tokens?faces-redirect=true";
    }

    public String revoke(ApiToken token) {
        tokens.revoke(token.getId());
        Messages.info("admin.apiToken.revoked");
        Messages.keepForRedirect();
        return "/admin/api-tokens?faces-redirect=true";
    }

    public List<ApiToken> getTokens() {
        return tokens.all();
    }

    /** Active accounts that have a role a token may carry. */
    public List<StaffUser> getUsers() {
        return staffUsers.all().stream()
                .filter(StaffUser::isActive)
                .filter(u -> u.getRoles().stream().anyMatch(ApiToken.GRANTABLE::contains))
                .toList();
    }

    public List<Role> getGrantableRoles() {
        return ApiToken.GRANTABLE.stream().sorted().toList();
    }

    public List<ServicePoint> getPoints() {
        return servicePoints.all();
    }

    /** The names of a token's points, read once per request. */
    public String pointNames(java.util.Collection<Long> ids) {
        if (pointNames == null) {
            pointNames =
                    servicePoints.all().stream().collect(Collectors.toMap(ServicePoint::getId, ServicePoint::getName));
        }
        return ids.stream().map(id -> pointNames.getOrDefault(id, "")).sorted().collect(Collectors.joining(", "));
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public List<Long> getPointIds() {
        return pointIds;
    }

    public void setPointIds(List<Long> pointIds) {
        this.pointIds = pointIds == null ? new ArrayList<>() : new ArrayList<>(pointIds);
    }
}
