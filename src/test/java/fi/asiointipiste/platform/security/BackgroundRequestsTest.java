package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * Which requests the idle timeout does not count as the user's activity: a push socket's handshake (its page opens it,
 * and opens it again after a lost connection, without the user doing anything) is one; a page is not.
 */
class BackgroundRequestsTest {

    @Test
    void aPushHandshakeIsNotTheUsersActivityButAPageIs() {
        assertThat(StaffAuthentication.isBackground(request("GET", "/push/queue/1")))
                .isTrue();
        assertThat(StaffAuthentication.isBackground(request("GET", "/push/display/abc")))
                .isTrue();
        assertThat(StaffAuthentication.isBackground(request("GET", "/front-desk/index.xhtml")))
                .isFalse();
        assertThat(StaffAuthentication.isBackground(request("POST", "/push/queue/1")))
                .isFalse();
        assertThat(StaffAuthentication.isBackground(request("GET", "/pushy/queue/1")))
                .isFalse();
    }

    private static HttpServletRequest request(String method, String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                BackgroundRequestsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> "/app" + path;
                    case "getContextPath" -> "/app";
                    default -> null;
                });
    }
}
