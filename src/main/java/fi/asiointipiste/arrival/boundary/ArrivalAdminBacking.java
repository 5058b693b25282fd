package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
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
 * Administration of arrival (admin/arrival.xhtml): the named desks of each service point, and the tokens of the
 * check-in terminals and waiting-room displays (issue and revoke, like the feedback kiosks').
 */
@Named
@RequestScoped
public class ArrivalAdminBacking {

    @Inject
    Devices devices;

    @Inject
    Desks desks;

    @Inject
    ServicePoints servicePoints;

    @Inject
    Catalogue catalogue;

    private Long pointId;
    private DeviceKind kind;
    private String label;
    private Long deskPointId;
    private Integer deskNumber;
    private String deskName;
    private String deskAgency;

    public String issue() {
        devices.issue(kind, pointId == null ? -1 : pointId, label);
        Messages.info("arrival.device.issued");
        return done();
    }

    public String revoke(Device device) {
        devices.revoke(device.getId());
        Messages.info("arrival.device.revoked");
        return done();
    }

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

    private static String done() {
        Messages.keepForRedirect();
        return "/admin/arrival?faces-redirect=true";
    }

    public List<Device> getDevices() {
        return devices.all();
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

    public DeviceKind[] getKinds() {
        return DeviceKind.values();
    }

    /** The page that a device of this kind opens. */
    public String page(Device device) {
        return device.getKind() == DeviceKind.TERMINAL ? "/arrival/terminal.xhtml" : "/arrival/display.xhtml";
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public DeviceKind getKind() {
        return kind;
    }

    public void setKind(DeviceKind kind) {
        this.kind = kind;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
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
