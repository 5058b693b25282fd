package fi.asiointipiste.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** What every exception mapper of the API needs to answer with a {@link Problem}: the caller's language and path. */
abstract class ProblemMapper {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    Locale locale() {
        return Problem.language(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    String instance() {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    Problem problem(int status, String code) {
        return Problem.of(status, code, locale(), instance());
    }

    boolean conditional() {
        return headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
    }

    /** Tells the idempotency store (ApiGuard) that the domain answered: the refusal is kept with the key. */
    void markDecided() {
        if (request != null) {
            request.setAttribute(ApiGuard.DECIDED, Boolean.TRUE);
        }
    }
}
