package fi.asiointipiste.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void pagesAndOtherResponsesShareOnePolicy() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"), StandardCharsets.UTF_8);
        Matcher policy = Pattern.compile(
                        "<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>")
                .matcher(webXml);
        assertThat(policy.find()).isTrue();
        assertThat(policy.group(1).replace("&apos;", "'")).isEqualTo(SecurityHeaders.POLICY);
        assertThat(webXml)
                .containsPattern("<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>");
    }

    @Test
    void thePolicyForbidsInlineScriptsPluginsForeignBasesAndFraming() {
        List<String> directives = Arrays.stream(SecurityHeaders.POLICY.split(";"))
                .map(String::strip)
                .toList();
        assertThat(directives)
                .contains(
                        "object-src 'none'",
                        "base-uri 'self'",
                        "frame-ancestors 'none'",
                        "default-src 'self'",
                        "form-action 'self'");
        String scripts = directives.stream()
                .filter(d -> d.startsWith("script-src"))
                .findFirst()
                .orElseThrow();
        assertThat(scripts).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(directives.get(directives.size() - 1))
                .as("PrimeFaces appends the nonce to the last directive")
                .startsWith("script-src");
    }

    @Test
    void onlyTheMethodsTheApplicationUses() {
        assertThat(SecurityHeaders.METHODS)
                .doesNotContain("TRACE", "CONNECT", "PROPFIND")
                .contains("GET", "POST", "HEAD", "OPTIONS");
    }

    @Test
    void monitoringIsOpenInDemoModeAndNeedsARoleOtherwise() {
        assertThat(MonitoringAccess.allowed(true, false, false)).isTrue();
        assertThat(MonitoringAccess.allowed(false, false, false)).isFalse();
        assertThat(MonitoringAccess.allowed(false, true, false)).isTrue();
        assertThat(MonitoringAccess.allowed(false, false, true)).isTrue();
    }

    /**
     * Faces' own Ajax (f:ajax) runs the scripts of its answers with eval, which the Content-Security-Policy refuses
     * (PrimeFaces adds one to every Ajax answer): the pages use PrimeFaces' Ajax (p:ajax, p:commandButton), which
     * runs them with the page's nonce.
     */
    @Test
    void noPageUsesFacesOwnAjax() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("<f:ajax")) {
                    found.add(file.toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** Polling is not the user's activity: every p:poll says so, or an unattended desk would never time out. */
    @Test
    void everyPollIsMarkedAsBackground() throws IOException {
        Pattern poll = Pattern.compile("<p:poll\\b.*?(/>|</p:poll>)", Pattern.DOTALL);
        List<String> unmarked = new ArrayList<>();
        int polls = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = poll.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    polls++;
                    if (!m.group().contains("<f:param name=\"asiointipiste.background\" value=\"true\"/>")) {
                        unmarked.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertThat(polls).isGreaterThanOrEqualTo(3);
        assertThat(unmarked).isEmpty();
    }
}
