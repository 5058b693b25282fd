package fi.asiointipiste.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page (web.xml {@code error-page}, e.g. the 503 page during a database outage) is rendered as a fresh view
 * of its own: the failed request's form parameters and Faces headers are hidden from it. Otherwise a failed form post
 * (a sign-in while the database is out) makes Faces treat the error page as a postback of the other view, and
 * PrimeFaces' CSP check, finding no nonce of that view, throws "Missing CSP nonce": a 500 and a stack trace instead of
 * the translated page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageRequests extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshView(request), response);
    }

    /** The request as a plain GET without parameters and without the Faces Ajax headers. */
    static final class FreshView extends HttpServletRequestWrapper {

        FreshView(HttpServletRequest request) {
            super(request);
        }

        private static boolean facesHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return facesHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return facesHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !facesHeader(n))
                    .toList());
        }
    }
}
