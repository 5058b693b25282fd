package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Administration of arrival (admin/arrival.xhtml), the devices section: the tokens of the check-in terminals and
 * waiting-room displays (issue and revoke, like the feedback kiosks'). The desks are {@link DeskAdminBacking}'s.
 */
@Named
@RequestScoped
public class DeviceAdminBacking {

    @Inject
    Devices devices;

    private Long pointId;
    private DeviceKind kind;
    private String label;

    public String issue() {
        devices.issue(kind, pointId == null ? -1 : pointId, label);
        Messages.info("arrival.device.issued");
        return DeskAdminBacking.done();
    }

    public String revoke(Device device) {
        devices.revoke(device.getId());
        Messages.info("arrival.device.revoked");
        return DeskAdminBacking.done();
    }

    public List<Device> getDevices() {
        return devices.all();
    }

    public DeviceKind[] getKinds() {
        return DeviceKind.values();
    }

    /** The page that a device of this kind opens. */
    public String page(Device device) {
        return device.getKind().page();
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
}
