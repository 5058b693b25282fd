package fi.asiointipiste.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorPageRequestsTest {

    /** A failed sign-in post of a Faces form, as the container hands it to the error page. */
    private static HttpServletRequest failedPost() {
        Map<String, String> headers = Map.of("Faces-Request", "partial/ajax", "Accept-Language", "sv");
        Map<String, String[]> params =
                Map.of("jakarta.faces.ViewState", new String[] {"123:456"}, "primefaces.nonce", new String[] {"n"});
        return (HttpServletRequest) Proxy.newProxyInstance(
                ErrorPageRequestsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getParameter" -> params.containsKey(args[0]) ? ((String[]) params.get(args[0]))[0] : null;
                    case "getParameterMap" -> params;
                    case "getParameterNames" -> Collections.enumeration(params.keySet());
                    case "getParameterValues" -> params.get(args[0]);
                    case "getQueryString" -> "x=1";
                    case "getHeader" -> headers.get(args[0]);
                    case "getHeaders" ->
                        Collections.enumeration(
                                headers.containsKey(args[0]) ? List.of(headers.get(args[0])) : List.of());
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getRequestURI" -> "/WEB-INF/errorpages/503.xhtml";
                    default -> null;
                });
    }

    @Test
    void theErrorPageSeesAFreshGetWithoutTheFailedFormsParametersOrAjaxHeader() {
        HttpServletRequest seen = new ErrorPageRequests.FreshView(failedPost());

        assertThat(seen.getMethod()).isEqualTo("GET");
        assertThat(seen.getParameter("jakarta.faces.ViewState")).isNull();
        assertThat(seen.getParameterValues("primefaces.nonce")).isNull();
        assertThat(seen.getParameterMap()).isEmpty();
        assertThat(Collections.list(seen.getParameterNames())).isEmpty();
        assertThat(seen.getQueryString()).isNull();
        assertThat(seen.getHeader("Faces-Request")).isNull();
        assertThat(seen.getHeader("faces-request")).isNull();
        assertThat(Collections.list(seen.getHeaders("Faces-Request"))).isEmpty();
        assertThat(Collections.list(seen.getHeaderNames())).containsExactly("Accept-Language");
        // what the page needs of the request stays: its language and the path
        assertThat(seen.getHeader("Accept-Language")).isEqualTo("sv");
        assertThat(seen.getRequestURI()).isEqualTo("/WEB-INF/errorpages/503.xhtml");
    }
}
