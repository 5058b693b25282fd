package fi.asiointipiste.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupGateTest {

    @ParameterizedTest(name = "{0} → served at once: {1}")
    @CsvSource(
            value = {
                "/login.xhtml, true",
                "/jakarta.faces.resource/theme.css.xhtml, true",
                "/resources/css/app.css, true",
                "/favicon.ico, true",
                "/health, true",
                "/health/ready, true",
                "/metrics, true",
                "/openapi, true",
                "/healthy.xhtml, false",
                "/index.xhtml, false",
                "/front-desk/index.xhtml, false",
                "/statistics/index.xhtml, false",
                "/api, false",
                "/kiosk/index.xhtml, false",
                "/login.xhtml.bak, false",
                "/ArquillianServletRunnerEE9, false",
                "'', false",
                "NULL, false"
            },
            nullValues = "NULL")
    void onlyTheSignInPageAndItsResourcesAreServedWhileStarting(String path, boolean served) {
        assertThat(StartupGate.servedWhileStarting(path)).isEqualTo(served);
    }
}
