package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.ArrivalAccess;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.security.DeviceSecret;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The check-in terminals and waiting-room displays: administrators issue a token per device (its address carries it)
 * and revoke it, which stops the device at its next request. Issuing and revoking are audited.
 */
@ApplicationScoped
@Transactional
public class Devices {

    @PersistenceContext
    EntityManager em;

    @Inject
    ArrivalAccess access;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    public Device issue(DeviceKind kind, long pointId, String label) {
        return issue(kind, pointId, label, DeviceSecret.newToken());
    }

    /** Issues a device with a given token (the demo's documented tokens); a token in use is refused. */
    public Device issue(DeviceKind kind, long pointId, String label, String token) {
        if (kind == null) {
            throw new RefusedAction("arrival.device.kindRequired");
        }
        ServicePoint point = em.find(ServicePoint.class, pointId);
        if (point == null) {
            throw new RefusedAction("kiosk.admin.pointRequired");
        }
        if (label == null || label.isBlank() || label.strip().length() > Device.LABEL_MAX) {
            throw new RefusedAction("kiosk.admin.labelRequired");
        }
        if (!em.createNamedQuery("Device.byToken", Device.class)
                .setParameter("token", token)
                .getResultList()
                .isEmpty()) {
            throw new RefusedAction("arrival.device.tokenTaken");
        }
        Device device = new Device(token, kind, point, label, audit.actor(), clock.now());
        em.persist(device);
        em.flush();
        audit.record("ARRIVAL_DEVICE_ISSUED", "Device", device.getId(), null, kind + " " + label.strip());
        return device;
    }

    public void revoke(long id) {
        Device device = em.find(Device.class, id);
        if (device == null) {
            throw new RefusedAction("arrival.device.notFound");
        }
        device.getSecret().revoke(clock.now());
        audit.record("ARRIVAL_DEVICE_REVOKED", "Device", id, "active", "revoked");
    }

    public List<Device> all() {
        return em.createNamedQuery("Device.all", Device.class).getResultList();
    }

    /** The active device of the kind behind the token; an unknown, revoked or other-kind token is refused. */
    public Device valid(String token, DeviceKind kind) {
        return access.device(token, kind);
    }
}
