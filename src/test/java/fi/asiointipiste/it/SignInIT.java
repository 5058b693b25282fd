package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.boundary.StaffUsers;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed-in sessions keep their roles: the intermittent 403 that StatisticsIT saw for a supervisor right after
 * signing in. Its cause was Payara's shared default security context (see StaffAuthentication), which a
 * concurrent anonymous request could change; the second test reproduced it reliably before the fix
 * (11 of 300, 4 of 400 and 29 of 1,000 signed-in requests refused in three runs; none in four runs after).
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(SignInIT.class, TestTransactions.class, Deployments.class, StaffClient.class);
    }

    @Inject
    TestTransactions tx;

    @Inject
    ServicePoints servicePoints;

    @Inject
    StaffUsers staffUsers;

    @ArquillianResource
    URL url;

    /** The case first seen in StatisticsIT: an account created through the service layer a moment earlier. */
    @Test
    void accountsCreatedAMomentEarlierGetTheirRoleRightAfterSigningIn() throws Exception {
        ServicePoint tervo = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("TERVO"))
                .findFirst()
                .orElseThrow();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String username = "sv.created." + i;
            tx.inNew(em -> {
                StaffUser user = staffUsers.create(
                        username, "Created " + username, "asiointipiste", EnumSet.of(Role.SUPERVISOR));
                user.worksAt(em.find(ServicePoint.class, tervo.getId()));
                return null;
            });
            StaffClient client = new StaffClient(Deployments.loopback(url));
            int signIn = client.signIn(username, "asiointipiste").statusCode();
            int page = client.open("statistics/index.xhtml").statusCode();
            outcomes.add(username + ": sign-in " + signIn + ", page " + page);
        }
        assertThat(outcomes).allMatch(o -> o.endsWith("sign-in 302, page 200"));
    }

    /**
     * A signed-in session's requests while other, anonymous requests run at the same time (a browser loading a
     * page's resources, other users at the sign-in page): every one must keep the user's role.
     */
    @Test
    void aSignedInSessionKeepsItsRoleWhileAnonymousRequestsRunAtTheSameTime() throws Exception {
        StaffClient client = new StaffClient(Deployments.loopback(url));
        assertThat(client.signIn("supervisor.tervo", "asiointipiste").statusCode())
                .isEqualTo(302);
        StaffClient anonymous = new StaffClient(Deployments.loopback(url));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> signedIn = new ArrayList<>();
        List<Future<Integer>> others = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            signedIn.add(pool.submit(() -> client.get("index.xhtml").statusCode()));
            others.add(pool.submit(() -> anonymous.get("resources/css/app.css").statusCode()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> f : signedIn) {
            statuses.merge(f.get(), 1, Integer::sum);
        }
        for (Future<Integer> f : others) {
            f.get();
        }
        pool.shutdown();
        assertThat(statuses).as("statuses of the signed-in requests").containsOnlyKeys(200);
    }
}
