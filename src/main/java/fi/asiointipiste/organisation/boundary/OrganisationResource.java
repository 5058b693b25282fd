package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who am I, where do I work, and (for administrators) who else works here. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    SignedInStaff staff;

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @Schema(name = "ServicePoint", description = "A service point")
    public record Point(@Schema(description = "Its id (the API's visits and appointments name points by id)") long id,
                       @Schema(description = "Its code, e.g. PIELAVESI") String code,
                       @Schema(description = "Its name") String name,
                       @Schema(description = "Its municipality") String municipality) {
        static Point of(ServicePoint p) {
            return new Point(p.getId(), p.getCode(), p.getName(), p.getMunicipality());
        }
    }

    public record Staff(String username, String displayName, List<Role> roles, String agency,
                        List<String> servicePoints, boolean active) {
        static Staff of(StaffUser u) {
            return new Staff(u.getUsername(), u.getDisplayName(), u.getRoles().stream().sorted().toList(),
                    u.getAgency() == null ? null : u.getAgency().getCode(),
                    u.getServicePoints().stream().map(ServicePoint::getCode).sorted().toList(), u.isActive());
        }
    }

    @GET
    @Path("me")
    @RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR", "ADMIN"})
    public Staff me() {
        return staff.user().map(Staff::of).orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Basic realm=\"asiointipiste\""));
    }

    @GET
    @Path("service-points")
    @RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR", "ADMIN"})
    public List<Point> servicePoints() {
        return servicePoints.all().stream().map(Point::of).toList();
    }

    @GET
    @Path("admin/staff-users")
    @RolesAllowed("ADMIN")
    public List<Staff> staffUsers() {
        return staffUsers.all().stream().map(Staff::of).toList();
    }
}
