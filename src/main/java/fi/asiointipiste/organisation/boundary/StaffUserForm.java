package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.web.EditForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * What an administrator enters for a staff account (admin/user.xhtml): name, roles, agency, service points, active
 * and a password, with the input rules Faces checks field by field; {@link #draft()} hands them to
 * {@link StaffUsers}.
 */
public abstract class StaffUserForm extends EditForm<StaffUser> {

    @NotBlank
    @Size(min = StaffUser.USERNAME_MIN, max = StaffUser.USERNAME_MAX)
    @Pattern(regexp = StaffUser.USERNAME_PATTERN, message = "{admin.user.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = StaffUser.DISPLAY_NAME_MAX)
    private String displayName;

    private List<Role> roles = new ArrayList<>();
    private Long agencyId;
    private List<Long> pointIds = new ArrayList<>();
    private boolean active = true;

    @Size(max = 200)
    private String password;

    protected StaffUserForm() {
        super("admin.user.notFound");
    }

    @Override
    protected long fill(StaffUser user) {
        username = user.getUsername();
        displayName = user.getDisplayName();
        roles = new ArrayList<>(user.getRoles());
        agencyId = user.getAgency() == null ? null : user.getAgency().getId();
        pointIds = user.getServicePoints().stream().map(ServicePoint::getId).toList();
        active = user.isActive();
        return user.getVersion();
    }

    /** The entered values, trimmed; call only with at least one role chosen. */
    public StaffUserDraft draft() {
        return new StaffUserDraft(
                username == null ? null : username.strip(),
                displayName.strip(),
                EnumSet.copyOf(roles),
                agencyId,
                List.copyOf(pointIds),
                active,
                password);
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
