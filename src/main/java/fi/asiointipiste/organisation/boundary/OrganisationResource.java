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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I, where do I work, and (for administrators) who else works here. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Service points and staff")
public class OrganisationResource {

    @Inject
    SignedInStaff staff;

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @Schema(name = "ServicePoint", description = "A service point")
    public record Point(
            @Schema(description = "Its id (the API's visits and appointments name points by id)")
            long id,

            @Schema(description = "Its code, e.g. PIELAVESI")
            String code,

            @Schema(description = "Its name") String name,
            @Schema(description = "Its municipality") String municipality) {
        static Point of(ServicePoint p) {
            return new Point(p.getId(), p.getCode(), p.getName(), p.getMunicipality());
        }
    }

    @Schema(name = "Staff", description = "A staff user")
    public record Staff(
            @Schema(description = "Username") String username,
            @Schema(description = "Name") String displayName,
            @Schema(description = "Roles") List<Role> roles,

            @Schema(description = "Code of the agency a specialist represents")
            String agency,

            @Schema(description = "Codes of the points they work at")
            List<String> servicePoints,

            @Schema(description = "Whether the account is active")
            boolean active) {
        static Staff of(StaffUser u) {
            return new Staff(
                    u.getUsername(),
                    u.getDisplayName(),
                    u.getRoles().stream().sorted().toList(),
                    u.getAgency() == null ? null : u.getAgency().getCode(),
                    u.getServicePoints().stream()
                            .map(ServicePoint::getCode)
                            .sorted()
                            .toList(),
                    u.isActive());
        }
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller (for a token: the account it acts for, with the token's roles and points)")
    @RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR", "ADMIN"})
    public Staff me() {
        return staff.user()
                .map(Staff::of)
                .orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Basic realm=\"asiointipiste\""));
    }

    @GET
    @Path("service-points")
    @Operation(summary = "Every service point, with the ids the API names them by")
    @RolesAllowed({"CLERK", "SUPERVISOR", "COORDINATOR", "ADMIN"})
    public List<Point> servicePoints() {
        return servicePoints.all().stream().map(Point::of).toList();
    }

    @GET
    @Path("admin/staff-users")
    @Operation(summary = "Every staff user")
    @RolesAllowed("ADMIN")
    public List<Staff> staffUsers() {
        return staffUsers.all().stream().map(Staff::of).toList();
    }
}
