package fi.asiointipiste.platform.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the JSON bodies of the API's requests ({@code application/json}, and {@code application/merge-patch+json} for
 * PATCH) into its request records with {@link StrictJson}: anything the record does not name, a wrong type, bad
 * syntax, deep nesting or a missing body ({@code null} or nothing, where the parameter is {@code @NotNull}) is a 400
 * problem naming the member, not a silently ignored field or a 500.
 * Takes precedence over the JSON-B reader for the application's own records: Jersey chooses the reader of the closest
 * type, and {@link Record} is closer to a record than JSON-B's {@code Object}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, JsonBodies.MERGE_PATCH})
public class JsonBodies implements MessageBodyReader<Record> {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("fi.asiointipiste.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(ApiGuard.JSON_LIMIT + 1);
        if (bytes.length > ApiGuard.JSON_LIMIT) {
            throw new ProblemException(problem(413, "api.tooLarge").withArguments(ApiGuard.JSON_LIMIT));
        }
        try {
            return StrictJson.bind(type, StrictJson.parse(bytes));
        } catch (StrictJson.BadBody bad) {
            if (bad.code().equals(StrictJson.BODY_REQUIRED) && !required(annotations)) {
                return null;
            }
            throw new ProblemException(problem(400, bad.code())
                    .withProblems(bad.details().isEmpty() ? List.of() : List.of(bad.details()))
                    .withArguments(bad.details().getOrDefault("field", ""), bad.details().getOrDefault("expected", "")));
        }
    }

    /** A body is optional unless the parameter says {@code @NotNull}. */
    private static boolean required(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(a -> a instanceof NotNull);
    }

    private Problem problem(int status, String code) {
        return Problem.of(status, code, Problem.language(headers == null ? List.of() : headers.getAcceptableLanguages()),
                uri == null ? null : uri.getRequestUri().getRawPath());
    }
}
