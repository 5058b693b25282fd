package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.persistence.DatabaseUnavailable;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Requests the domain refused, as JSON with a stable code and a message in the caller's language
 * (Accept-Language fi, sv or en; Finnish otherwise). Nothing was changed when these are returned.
 */
@Provider
public class RefusedRequests implements ExceptionMapper<RuntimeException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException failure) {
        Throwable cause = Causes.firstOf(failure, RefusedAction.class, OptimisticLockException.class).orElse(failure);
        Locale locale = locale();
        if (cause instanceof RefusedAction refused) {
            JsonObjectBuilder body = body(refused.key(), locale);
            if (!refused.details().isEmpty()) {
                JsonArrayBuilder problems = Json.createArrayBuilder();
                refused.details().forEach(item -> problems.add(Json.createObjectBuilder(item)));
                body.add("problems", problems);
            }
            return json(refused.status(), body);
        }
        if (cause instanceof OptimisticLockException) {
            return json(409, body("general.conflict", locale));
        }
        if (DatabaseUnavailable.isCause(failure)) {
            DatabaseUnavailable.log("an API call", failure);
            return new UnavailableProblem(locale).response();
        }
        return new UnexpectedErrors().toResponse(failure);
    }

    private Locale locale() {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale l : accepted) {
            if (List.of("fi", "sv", "en").contains(l.getLanguage())) {
                return l;
            }
        }
        return Locale.forLanguageTag("fi");
    }

    private static JsonObjectBuilder body(String key, Locale locale) {
        return Json.createObjectBuilder().add("code", key).add("message", Messages.text(locale, key));
    }

    private static Response json(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build().toString()).build();
    }
}
