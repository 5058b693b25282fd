package fi.asiointipiste.platform.rest;

import fi.asiointipiste.platform.i18n.RefusedAction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the API refuses before the domain sees it, with a status of its own (400 for a bad parameter or
 * combination of members, 428 for a missing {@code If-Match}); answered like any refusal, as a problem document.
 */
public class InvalidRequest extends RefusedAction {

    private final int status;
    private final transient List<Map<String, Object>> details;
    private final transient Object[] arguments;

    /** @param detail the problem's one item, e.g. the field; its values (in order) also fill the text's {0}, {1}… */
    public InvalidRequest(int status, String key, Map<String, Object> detail) {
        super(key, key + " " + detail);
        this.status = status;
        Map<String, Object> ordered =
                detail == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(detail));
        this.details = ordered.isEmpty() ? List.of() : List.of(ordered);
        this.arguments = ordered.values().toArray();
    }

    /** 400 for the named parameter or member. */
    public static InvalidRequest of(String key, String field) {
        return new InvalidRequest(400, key, Map.of("field", field));
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public List<Map<String, Object>> details() {
        return details;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
