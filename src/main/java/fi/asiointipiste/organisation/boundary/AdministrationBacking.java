package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.audit.entity.AuditEvent;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** The administrator's overview: staff accounts, service points and the latest audit events. */
@Named
@RequestScoped
public class AdministrationBacking {

    private static final int AUDIT_ROWS = 100;

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @Inject
    AuditLog audit;

    private List<StaffUser> users;
    private List<ServicePoint> points;
    private List<AuditEvent> events;

    public List<StaffUser> getUsers() {
        if (users == null) {
            users = staffUsers.all();
        }
        return users;
    }

    public List<ServicePoint> getPoints() {
        if (points == null) {
            points = servicePoints.all();
        }
        return points;
    }

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = audit.latest(AUDIT_ROWS);
        }
        return events;
    }

    public String pointNames(StaffUser user) {
        return user.getServicePoints().stream()
                .map(ServicePoint::getMunicipality)
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
