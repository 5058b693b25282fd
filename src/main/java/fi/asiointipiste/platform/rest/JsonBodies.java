package fi.asiointipiste.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
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
import java.util.Set;

/**
 * Reads the JSON bodies of the API's requests ({@code application/json}, and {@code application/merge-patch+json} for
 * PATCH) into its request records with {@link StrictJson}: anything the record does not name, a wrong type, bad
 * syntax, deep nesting or a missing body ({@code null} or nothing, unless the parameter is {@link OptionalBody}) is a
 * 400 problem naming the member, not a silently ignored field or a 500; then the record's own constraints
 * ({@code @NotNull}, {@code @Size}…) are checked (400 {@code api.invalid}, {@link InvalidRequests}).
 * Takes precedence over the JSON-B reader for the application's own records: Jersey chooses the reader of the closest
 * type, and {@link Record} is closer to a record than JSON-B's {@code Object}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, JsonBodies.MERGE_PATCH})
public class JsonBodies implements MessageBodyReader<Record> {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    /**
     * Bean Validation of the bound record here rather than by {@code @Valid} on the resource's parameter: Payara 6's
     * OpenAPI scanner fails on constraint annotations of resource method parameters.
     */
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("fi.asiointipiste.");
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entity)
            throws IOException {
        byte[] bytes = entity.readNBytes(ApiGuard.JSON_LIMIT + 1);
        if (bytes.length > ApiGuard.JSON_LIMIT) {
            throw new ProblemException(problem(413, "api.tooLarge").withArguments(ApiGuard.JSON_LIMIT));
        }
        Record body;
        try {
            body = StrictJson.bind(type, StrictJson.parse(bytes));
        } catch (StrictJson.BadBody bad) {
            if (bad.code().equals(StrictJson.BODY_REQUIRED) && optional(annotations)) {
                return null;
            }
            throw new ProblemException(problem(400, bad.code())
                    .withProblems(bad.details().isEmpty() ? List.of() : List.of(bad.details()))
                    .withArguments(
                            bad.details().getOrDefault("field", ""),
                            bad.details().getOrDefault("expected", "")));
        }
        Set<ConstraintViolation<Record>> invalid = VALIDATOR.validate(body);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        return body;
    }

    /** A body is required unless the parameter says {@link OptionalBody}. */
    private static boolean optional(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(a -> a instanceof OptionalBody);
    }

    private Problem problem(int status, String code) {
        return Problem.of(
                status,
                code,
                Problem.language(headers == null ? List.of() : headers.getAcceptableLanguages()),
                uri == null ? null : uri.getRequestUri().getRawPath());
    }
}
