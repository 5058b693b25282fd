package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The answer to an API call while the database is out: 503 with an RFC 9457 problem document whose {@code detail}
 * is in the caller's language (Accept-Language fi, sv or en; Finnish otherwise), with the {@code code} member of
 * every {@link Problem}, and {@code Retry-After}.
 */
public record UnavailableProblem(Locale locale) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String RETRY_AFTER_SECONDS = "5";
    /** The problem's code and the key of its detail, as on the 503 page. */
    public static final String CODE = "error.503.text";

    public static UnavailableProblem of(List<Locale> accepted) {
        for (Locale l : accepted) {
            if (List.of("fi", "sv", "en").contains(l.getLanguage())) {
                return new UnavailableProblem(Locale.forLanguageTag(l.getLanguage()));
            }
        }
        return new UnavailableProblem(Locale.forLanguageTag("fi"));
    }

    public static UnavailableProblem of(Enumeration<Locale> accepted) {
        return of(Collections.list(accepted));
    }

    public String json() {
        return Json.createObjectBuilder()
                .add("type", Problem.TYPE_PREFIX + CODE)
                .add("title", "Service Unavailable")
                .add("status", 503)
                .add("detail", Messages.text(locale, CODE))
                .add("code", CODE)
                .build()
                .toString();
    }

    public Response response() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MEDIA_TYPE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(json())
                .build();
    }
}
