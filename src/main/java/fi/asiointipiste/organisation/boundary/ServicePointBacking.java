package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
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

/** Creates or edits one service point. */
@Named
@ViewScoped
public class ServicePointBacking implements Serializable {

    @Inject
    ServicePoints servicePoints;

    private Long id;
    private long version;
    private boolean existing;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Z0-9_]+", message = "{admin.point.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 100)
    private String municipality;

    private boolean active = true;
    private Integer desks = 1;

    public void load() {
        if (id == null || existing) {
            return;
        }
        ServicePoint point = servicePoints.byId(id).orElse(null);
        if (point == null) {
            Messages.error("admin.point.notFound");
            id = null;
            return;
        }
        existing = true;
        version = point.getVersion();
        code = point.getCode();
        name = point.getName();
        municipality = point.getMunicipality();
        active = point.isActive();
        desks = point.getDesks();
    }

    public String save() {
        try {
            if (existing) {
                servicePoints.update(id, version, name.strip(), municipality.strip(), active, desks);
            } else {
                servicePoints.create(code.strip(), name.strip(), municipality.strip(), desks);
            }
        } catch (RuntimeException e) {
            Throwable refusal = Causes.firstOf(e, RefusedAction.class, OptimisticLockException.class).orElseThrow(() -> e);
            Messages.error(refusal instanceof RefusedAction refused ? refused.key() : "general.conflict");
            return null;
        }
        Messages.info("admin.point.saved", code);
        Messages.keepForRedirect();
        return "/admin/index?faces-redirect=true";
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

    public int getMaxDesks() {
        return ServicePoint.MAX_DESKS;
    }
}
