package fi.asiointipiste.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation failures (a parameter or body the resource method declares {@code @NotNull}, {@code @Size}…, or
 * an entity checked when it is saved) as 400 problems listing each field and the constraint it broke. Jersey's own
 * mapper would answer in a format of its own.
 */
@Provider
public class InvalidRequests extends ProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return answer(failure, this);
    }

    static Response answer(ConstraintViolationException failure, ProblemMapper context) {
        List<Map<String, Object>> items = failure.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> String.valueOf(v.getPropertyPath())))
                .map(InvalidRequests::item)
                .toList();
        return context.problem(400, "api.invalid").withProblems(items).response();
    }

    private static Map<String, Object> item(ConstraintViolation<?> violation) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("field", field(String.valueOf(violation.getPropertyPath())));
        item.put(
                "constraint",
                violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName());
        item.put("message", violation.getMessage());
        return item;
    }

    /**
     * "create.arg1.servicePointId" (a resource method's parameter path) → "servicePointId" ("argN" for a whole
     * parameter); an entity's path as it is.
     */
    static String field(String path) {
        String[] parts = path.split("\\.", 3);
        if (parts.length >= 2 && parts[1].matches("arg\\d+")) {
            return parts.length == 3 ? parts[2] : parts[1];
        }
        return path;
    }
}
