package fi.asiointipiste.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * The HTTP-level refusals of JAX-RS itself (no such resource, method not allowed, unsupported media type, not
 * acceptable…) as problem documents with a translated {@code detail}; the headers that belong to them ({@code Allow},
 * {@code WWW-Authenticate}, {@code Retry-After}) are kept. A {@link ProblemException} never gets here: its problem is
 * its response.
 */
@Provider
public class HttpErrors extends ProblemMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "api.badRequest"),
            Map.entry(401, "api.unauthorized"),
            Map.entry(403, "api.forbidden"),
            Map.entry(404, "api.notFound"),
            Map.entry(405, "api.methodNotAllowed"),
            Map.entry(406, "api.notAcceptable"),
            Map.entry(413, "api.tooLarge"),
            Map.entry(415, "api.unsupportedMediaType"),
            Map.entry(503, "api.unavailable"));
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    @Override
    public Response toResponse(WebApplicationException failure) {
        return answer(failure, this);
    }

    Response answer(WebApplicationException failure, ProblemMapper context) {
        Response original = failure.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return UnexpectedErrors.answer(failure, context);
        }
        Response.ResponseBuilder answer =
                Response.fromResponse(context.problem(status, code(status)).response());
        for (String header : KEPT_HEADERS) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        return answer.build();
    }

    static String code(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "api.unexpected" : "api.badRequest");
    }
}
