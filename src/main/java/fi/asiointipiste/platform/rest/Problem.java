package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An API error as an RFC 9457 problem document ({@code application/problem+json}): {@code type} (a URN naming the
 * problem, {@code urn:asiointipiste:problem:<code>}), {@code title} (the HTTP status in English), {@code status},
 * {@code detail} (what went wrong and what to do, in the caller's language: Accept-Language fi, sv or en, Finnish
 * otherwise), {@code instance} (the request path), plus the members {@code code} (the stable message key a program
 * can test) and, where the refusal itemises them, {@code problems} (name → value pairs).
 */
public record Problem(
        int status,
        String code,
        Locale locale,
        String instance,
        List<Map<String, Object>> problems,
        Object[] arguments) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:asiointipiste:problem:";

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(428, "Precondition Required"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    public Problem {
        problems = problems == null ? List.of() : List.copyOf(problems);
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static Problem of(int status, String code, Locale locale, String instance) {
        return new Problem(status, code, locale, instance, List.of(), null);
    }

    public Problem withProblems(List<Map<String, Object>> items) {
        return new Problem(status, code, locale, instance, items, arguments);
    }

    /** Arguments of the detail text ({0}, {1} in the bundle's text). */
    public Problem withArguments(Object... args) {
        return new Problem(status, code, locale, instance, problems, args);
    }

    /** The caller's language from Accept-Language (in order of preference): fi, sv or en; Finnish otherwise. */
    public static Locale language(List<Locale> accepted) {
        for (Locale l : accepted == null ? List.<Locale>of() : accepted) {
            if (LANGUAGES.contains(l.getLanguage())) {
                return Locale.forLanguageTag(l.getLanguage());
            }
        }
        return Locale.forLanguageTag("fi");
    }

    /** The caller's language of a servlet request; without Accept-Language Finnish (not the server's default). */
    public static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? language(List.<Locale>of())
                : language(Collections.list(request.getLocales()));
    }

    public static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "Server Error" : "Client Error");
    }

    /** The translated text; a text with placeholders ({0}…) is filled with the arguments (and its '' is one '). */
    public String detail() {
        String text = Messages.text(locale, code);
        return text.contains("{") && arguments.length > 0 ? Messages.text(locale, code, arguments) : text;
    }

    public String json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + code)
                .add("title", title(status))
                .add("status", status)
                .add("detail", detail())
                .add("code", code);
        if (instance != null) {
            body.add("instance", instance);
        }
        if (!problems.isEmpty()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            problems.forEach(item -> items.add(Json.createObjectBuilder(item)));
            body.add("problems", items);
        }
        return body.build().toString();
    }

    public Response response() {
        return Response.status(status, title(status))
                .type(MEDIA_TYPE)
                .header("Content-Language", locale.getLanguage())
                .entity(json())
                .build();
    }

    /** Writes the problem straight to a servlet response (outside JAX-RS: filters, the authentication mechanism). */
    public void write(HttpServletResponse response) throws IOException {
        byte[] body = json().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.getLanguage());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p
                && p.status == status
                && p.code.equals(code)
                && p.locale.equals(locale)
                && java.util.Objects.equals(p.instance, instance)
                && p.problems.equals(problems)
                && java.util.Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(status, code, locale, instance, problems, java.util.Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "Problem[" + status + " " + code + " " + instance + "]";
    }
}
