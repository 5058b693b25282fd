package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.KioskToken;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators issue and revoke kiosk tokens (admin/kiosks.xhtml). */
@Named
@RequestScoped
public class KioskAdminBacking {

    @Inject
    Kiosks kiosks;

    @Inject
    ServicePoints servicePoints;

    private Long pointId;
    private String label;
    private Map<Long, String> pointNames;

    public String issue() {
        kiosks.issue(pointId == null ? -1 : pointId, label);
        Messages.info("kiosk.admin.issued");
        Messages.keepForRedirect();
        return "/admin/kiosks?faces-redirect=true";
    }

    public String revoke(KioskToken token) {
        kiosks.revoke(token.getId());
        Messages.info("kiosk.admin.revoked");
        Messages.keepForRedirect();
        return "/admin/kiosks?faces-redirect=true";
    }

    public List<KioskToken> getTokens() {
        return kiosks.all();
    }

    public List<ServicePoint> getPoints() {
        return servicePoints.all();
    }

    /** The name of a token's point; the points are read once per request, not once per row. */
    public String pointName(Long id) {
        if (pointNames == null) {
            pointNames =
                    servicePoints.all().stream().collect(Collectors.toMap(ServicePoint::getId, ServicePoint::getName));
        }
        return pointNames.getOrDefault(id, "");
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
