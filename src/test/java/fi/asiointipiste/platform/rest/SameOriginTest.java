package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which state-changing API calls a browser may make with the session cookie. */
class SameOriginTest {

    @ParameterizedTest(name = "{0} session={1} fetch-site={2} origin={3} host={4} → {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "GET,    true,  cross-site,  https://evil.example, app.example, true",
                "POST,   true,  same-origin, -,                   app.example, true",
                "POST,   true,  none,        -,                   app.example, true",
                "POST,   true,  cross-site,  -,                   app.example, false",
                "POST,   true,  same-site,   -,                   app.example, false",
                "PATCH,  false, cross-site,  -,                   app.example, false",
                "POST,   true,  -,           https://app.example,  app.example, true",
                "POST,   true,  -,           http://127.0.0.1:8825, 127.0.0.1:8825, true",
                "POST,   true,  -,           http://127.0.0.1:9999, 127.0.0.1:8825, false",
                "POST,   true,  -,           https://evil.example, app.example, false",
                "POST,   true,  -,           null,                app.example, false",
                "POST,   true,  -,           -,                   app.example, false",
                "POST,   false, -,           -,                   app.example, true",
                "DELETE, true,  -,           https://app.example:8443, app.example:8443, true"
            })
    void decides(String method, boolean sessionOnly, String site, String origin, String host, boolean allowed) {
        assertThat(SameOrigin.allowed(method, sessionOnly, site, origin, host)).isEqualTo(allowed);
    }
}
