package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.boundary.StaffUsers;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.visits.boundary.Queue;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages' push sockets (platform.push, {@code /push/{channel}/{key}}) in the container: who may open which socket
 * (no sign-in, another point, an unknown or revoked device token, another origin: refused with 403 at the handshake),
 * what the admitted ones hear (the point's {@code changed} after a walk-in, the boards), and that a socket closes
 * (1008) when its session ends or its account is deactivated. Pielavesi and Tervo are the points; the demo clerk works
 * at Pielavesi and Keitele, not at Tervo.
 */
@ExtendWith(ArquillianExtension.class)
class PushIT {

    private static final String PASSWORD = "asiointipiste";
    private static final String DISPLAY_PIELAVESI = "demo-display-pielavesi-asiointipiste";
    private static final String TERMINAL_PIELAVESI = "demo-terminal-pielavesi-asiointipiste";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(PushIT.class, Deployments.class, StaffClient.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    ServicePoints servicePoints;

    @Inject
    StaffUsers staffUsers;

    @Inject
    Queue queue;

    @Test
    void aSocketWithoutSignInIsRefused() {
        StaffClient anonymous = client();
        assertThat(handshake(anonymous, "queue/" + point("PIELAVESI"), anonymous.origin()))
                .isEqualTo(403);
        assertThat(handshake(anonymous, "desks/" + point("PIELAVESI"), anonymous.origin()))
                .isEqualTo(403);
    }

    @Test
    void aSocketForAPointTheClerkDoesNotWorkAtIsRefused() throws Exception {
        StaffClient clerk = signedIn("clerk");
        assertThat(handshake(clerk, "queue/" + point("TERVO"), clerk.origin())).isEqualTo(403);
        assertThat(handshake(clerk, "desks/" + point("TERVO"), clerk.origin())).isEqualTo(403);
        assertThat(handshake(clerk, "queue/999999", clerk.origin())).isEqualTo(403);
        assertThat(handshake(clerk, "queue/not-a-number", clerk.origin())).isEqualTo(403);
        assertThat(handshake(clerk, "elsewhere/" + point("PIELAVESI"), clerk.origin()))
                .isEqualTo(403);
    }

    @Test
    void anUnknownOrOtherKindOfDeviceTokenIsRefused() {
        StaffClient screen = client();
        assertThat(handshake(screen, "display/no-such-token", screen.origin())).isEqualTo(403);
        assertThat(handshake(screen, "display/" + TERMINAL_PIELAVESI, screen.origin()))
                .as("a terminal's token is not a display's")
                .isEqualTo(403);
        assertThat(handshake(screen, "terminal/" + DISPLAY_PIELAVESI, screen.origin()))
                .isEqualTo(403);
    }

    @Test
    void aHandshakeFromAnotherOriginOrWithoutOneIsRefused() throws Exception {
        StaffClient clerk = signedIn("clerk");
        String own = "queue/" + point("PIELAVESI");
        assertThat(handshake(clerk, own, "http://evil.example")).isEqualTo(403);
        assertThat(handshake(clerk, own, null)).isEqualTo(403);
        StaffClient screen = client();
        assertThat(handshake(screen, "display/" + DISPLAY_PIELAVESI, "http://evil.example"))
                .isEqualTo(403);
    }

    @Test
    void theOwnPointsSocketsHearAWalkInAndTheBoards() throws Exception {
        StaffClient clerk = signedIn("clerk");
        long pielavesi = point("PIELAVESI");
        Listener queueSocket = open(clerk, "queue/" + pielavesi);
        Listener desks = open(clerk, "desks/" + pielavesi);
        StaffClient screen = client();
        Listener display = open(screen, "display/" + DISPLAY_PIELAVESI);
        assertThat(desks.next()).as("the desks' board at once").startsWith("{").contains("\"type\":\"desks\"");
        assertThat(display.next()).as("the public board at once").contains("\"type\":\"board\"");
        assertThat(display.next(500)).isNull();

        StaffUser actor = staffUsers.byUsername("clerk").orElseThrow();
        queue.walkIn(actor, pielavesi, false);

        assertThat(queueSocket.next()).isEqualTo("changed");
        assertThat(clerk.get("front-desk/index.xhtml?point=" + pielavesi).statusCode())
                .as("the session is still signed in")
                .isEqualTo(200);
    }

    @Test
    void anotherPointsWalkInIsNotHeard() throws Exception {
        StaffClient clerk = signedIn("clerk");
        Listener queueSocket = open(clerk, "queue/" + point("PIELAVESI"));
        queue.walkIn(staffUsers.byUsername("clerk").orElseThrow(), point("KEITELE"), false);
        assertThat(queueSocket.next(1500)).isNull();
    }

    @Test
    void aSocketClosesWhenItsAccountIsDeactivatedOrItsSessionSignsOut() throws Exception {
        ServicePoint pielavesi = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("PIELAVESI"))
                .findFirst()
                .orElseThrow();
        staffUsers.create("push.deactivated", "Test push", PASSWORD, EnumSet.of(Role.CLERK), null, List.of(pielavesi));
        StaffClient leaving = signedIn("push.deactivated");
        Listener socket = open(leaving, "queue/" + pielavesi.getId());
        StaffUser user = staffUsers.byUsername("push.deactivated").orElseThrow();
        staffUsers.update(
                user.getId(),
                user.getVersion(),
                user.getDisplayName(),
                user.getRoles(),
                null,
                user.getServicePoints(),
                false);

        queue.walkIn(staffUsers.byUsername("clerk").orElseThrow(), pielavesi.getId(), false);

        assertThat(socket.closed.get(5, TimeUnit.SECONDS))
                .as("closed at the next push, not sent it")
                .isEqualTo(1008);
        assertThat(socket.messages).isEmpty();

        StaffClient clerk = signedIn("clerk");
        Listener other = open(clerk, "queue/" + pielavesi.getId());
        signOut(clerk);
        assertThat(other.closed.get(5, TimeUnit.SECONDS))
                .as("closed when the session ended")
                .isEqualTo(1008);
    }

    // ------------------------------------------------------------------ helpers

    /** Signs out with the header's button, as the clerk would (logout, and the session is invalidated). */
    private static void signOut(StaffClient client) throws Exception {
        String page = client.get("index.xhtml").body();
        assertThat(page).contains("userForm:signOut");
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("userForm", "userForm");
        fields.put("userForm:signOut", "x");
        assertThat(client.postForm("index.xhtml", page, fields).statusCode()).isIn(200, 302, 303);
        assertThat(client.get("front-desk/index.xhtml").statusCode())
                .as("signed out")
                .isEqualTo(302);
    }

    private StaffClient client() {
        return new StaffClient(Deployments.loopback(url));
    }

    private StaffClient signedIn(String user) throws Exception {
        StaffClient client = client();
        assertThat(client.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private long point(String code) {
        return servicePoints.all().stream()
                .filter(p -> p.getCode().equals(code))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private String address(StaffClient client, String rest) {
        return client.base().getRawPath() + "push/" + rest;
    }

    /** The handshake's HTTP status: 101 when the socket opened (then closed again), else the refusal's. */
    private int handshake(StaffClient client, String rest, String origin) {
        try {
            WebSocket socket =
                    client.socket(address(client, rest), origin, new Listener()).get(10, TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Listener open(StaffClient client, String rest) throws Exception {
        Listener listener = new Listener();
        client.socket(address(client, rest), client.origin(), listener).get(10, TimeUnit.SECONDS);
        return listener;
    }

    /** Collects a socket's messages and its close code. */
    static final class Listener implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        String next() throws InterruptedException {
            String message = messages.poll(5, TimeUnit.SECONDS);
            assertThat(message).as("a message within 5 s").isNotNull();
            return message;
        }

        String next(long millis) throws InterruptedException {
            return messages.poll(millis, TimeUnit.MILLISECONDS);
        }
    }
}
