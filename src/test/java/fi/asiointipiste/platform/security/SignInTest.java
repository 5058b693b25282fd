package fi.asiointipiste.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTest {

    @ParameterizedTest(name = "next={0} → {1}")
    @CsvSource(
            value = {
                "/front-desk/index.xhtml, /front-desk/index.xhtml",
                "/front-desk/index.xhtml?point=51, /front-desk/index.xhtml?point=51",
                "NULL, /index.xhtml",
                "https://evil.example/, /index.xhtml",
                "//evil.example/x, /index.xhtml",
                "/\\evil.example, /index.xhtml",
                "/login.xhtml?next=/x, /index.xhtml",
                "javascript:alert(1), /index.xhtml",
                "'/\t/evil.example', /index.xhtml",
                "'/\n/evil.example', /index.xhtml",
                "'/%2F/evil.example', /%2F/evil.example",
                "'/ /evil.example', /index.xhtml",
                "/front-desk/visit.xhtml?id=5&tab=2, /front-desk/visit.xhtml?id=5&tab=2",
                "'/\u3002evil.example', /index.xhtml",
                "'', /index.xhtml"
            },
            nullValues = "NULL")
    void returnsOnlyToLocalPagesAfterSignIn(String next, String expected) {
        LoginBacking login = new LoginBacking();
        login.setNext(next);
        assertThat(login.safeNext()).isEqualTo(expected);
    }

    @Test
    void readsBasicCredentials() {
        String header =
                "Basic " + Base64.getEncoder().encodeToString("clerk:pass:word".getBytes(StandardCharsets.UTF_8));
        var credential = StaffAuthentication.basicCredential(header);
        assertThat(credential.getCaller()).isEqualTo("clerk");
        assertThat(credential.getPasswordAsString()).isEqualTo("pass:word");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"Bearer abc", "Basic !!!notbase64", "Basic " + "bm9jb2xvbg==", "Basic OnBhc3M="})
    void ignoresMalformedAuthorizationHeaders(String header) {
        assertThat(StaffAuthentication.basicCredential(header)).isNull();
    }
}
