package fi.asiointipiste.it;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.boundary.StaffUsers;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

/**
 * Test deployments only (SecurityIT): account changes a browser test needs while its browser is signed in, made
 * through the real facade as an administrator would ({@code StaffUsers}): {@code create} a clerk at Pielavesi with
 * the demo password, {@code deactivate} one.
 */
@WebServlet("/it-fixtures/account")
public class AccountFixture extends HttpServlet {

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("user");
        switch (request.getParameter("action")) {
            case "create" -> {
                ServicePoint pielavesi = servicePoints.all().stream()
                        .filter(p -> p.getCode().equals("PIELAVESI"))
                        .findFirst()
                        .orElseThrow();
                staffUsers.create(
                        username,
                        "Test " + username,
                        "asiointipiste",
                        EnumSet.of(Role.CLERK),
                        null,
                        List.of(pielavesi));
            }
            case "deactivate" -> {
                StaffUser user = staffUsers.byUsername(username).orElseThrow();
                staffUsers.update(
                        user.getId(),
                        user.getVersion(),
                        user.getDisplayName(),
                        user.getRoles(),
                        user.getAgency(),
                        user.getServicePoints(),
                        false);
            }
            default -> {
                response.setStatus(400);
                return;
            }
        }
        response.setStatus(204);
    }
}
