package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.rules.boundary.RuleSetRejected;
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
        Throwable cause = Causes.firstOf(failure, RuleSetRejected.class, RefusedAction.class,
                OptimisticLockException.class).orElse(failure);
        Locale locale = locale();
        if (cause instanceof RuleSetRejected rejected) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            rejected.problems().forEach(p -> problems.add(Json.createObjectBuilder()
                    .add("error", p.error()).add("code", p.code()).add("message", p.message())
                    .add("rules", String.join(",", p.ruleIds())).add("column", p.column() == null ? "" : p.column())));
            return json(422, body("rules.rejected", locale).add("problems", problems));
        }
        if (cause instanceof RefusedAction refused) {
            return json(409, body(refused.key(), locale));
        }
        if (cause instanceof OptimisticLockException) {
            return json(409, body("general.conflict", locale));
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
