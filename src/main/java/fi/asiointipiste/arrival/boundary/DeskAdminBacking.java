package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Administration of arrival (admin/arrival.xhtml), the desks section: the named desks of each service point (add,
 * activate, deactivate). The device tokens are {@link DeviceAdminBacking}'s.
 */
@Named
@RequestScoped
public class DeskAdminBacking {

    @Inject
    Desks desks;

    @Inject
    ServicePoints servicePoints;

    @Inject
    Catalogue catalogue;

    private Long deskPointId;
    private Integer deskNumber;
    private String deskName;
    private String deskAgency;

    public String addDesk() {
        desks.add(deskPointId == null ? -1 : deskPointId, deskNumber, deskName, deskAgency);
        Messages.info("arrival.desk.added");
        return done();
    }

    public String setActive(Desk desk, boolean active) {
        desks.setActive(desk.getId(), active);
        Messages.info(active ? "arrival.desk.activated" : "arrival.desk.deactivated");
        return done();
    }

    /** After an action the page is read again, its message kept over the redirect. */
    static String done() {
        Messages.keepForRedirect();
        return "/admin/arrival?faces-redirect=true";
    }

    public List<ServicePoint> getPoints() {
        return servicePoints.all();
    }

    public List<Desk> desksOf(ServicePoint point) {
        return desks.atPoint(point.getId());
    }

    public List<Agency> getAgencies() {
        return catalogue.agencies();
    }

    public Long getDeskPointId() {
        return deskPointId;
    }

    public void setDeskPointId(Long deskPointId) {
        this.deskPointId = deskPointId;
    }

    public Integer getDeskNumber() {
        return deskNumber;
    }

    public void setDeskNumber(Integer deskNumber) {
        this.deskNumber = deskNumber;
    }

    public String getDeskName() {
        return deskName;
    }

    public void setDeskName(String deskName) {
        this.deskName = deskName;
    }

    public String getDeskAgency() {
        return deskAgency;
    }

    public void setDeskAgency(String deskAgency) {
        this.deskAgency = deskAgency;
    }
}
