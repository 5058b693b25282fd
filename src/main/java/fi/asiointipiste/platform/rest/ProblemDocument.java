package fi.asiointipiste.platform.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of {@link Problem} for the OpenAPI document (the problem itself is written as JSON by {@link Problem}). */
@Schema(name = "Problem", description = "An error as an RFC 9457 problem document (application/problem+json)")
public record ProblemDocument(
        @Schema(description = "urn:asiointipiste:problem:<code>")
        String type,

        @Schema(description = "The HTTP status in English, e.g. Conflict")
        String title,

        @Schema(description = "The HTTP status code") int status,

        @Schema(description = "What went wrong and what to do, in the caller's language (Accept-Language fi, sv or en)")
        String detail,

        @Schema(description = "The request path") String instance,

        @Schema(description = "A stable code to test in a program, e.g. frontDesk.visit.wrongState")
        String code,

        @Schema(description = "Itemised problems, e.g. {\"field\": \"servicePointId\", \"expected\": \"whole number\"}")
        List<Map<String, Object>> problems) {}
