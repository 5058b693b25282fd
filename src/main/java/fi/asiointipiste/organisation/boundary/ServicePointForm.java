package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.web.EditForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters for a service point (admin/point.xhtml), with the input rules Faces checks field by
 * field before anything reaches {@link ServicePoints}. The code is entered only when the point is created.
 */
public abstract class ServicePointForm extends EditForm<ServicePoint> {

    @NotBlank
    @Size(max = ServicePoint.CODE_MAX)
    @Pattern(regexp = ServicePoint.CODE_PATTERN, message = "{admin.point.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = ServicePoint.NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = ServicePoint.MUNICIPALITY_MAX)
    private String municipality;

    private boolean active = true;
    private Integer desks = 1;

    protected ServicePointForm() {
        super("admin.point.notFound");
    }

    @Override
    protected long fill(ServicePoint point) {
        code = point.getCode();
        name = point.getName();
        municipality = point.getMunicipality();
        active = point.isActive();
        desks = point.getDesks();
        return point.getVersion();
    }

    public int getMaxDesks() {
        return ServicePoint.MAX_DESKS;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getDesks() {
        return desks;
    }

    public void setDesks(Integer desks) {
        this.desks = desks;
    }
}
