package fi.asiointipiste.platform.i18n;

import java.util.List;
import java.util.Map;

/**
 * An action refused for a reason the user can act on: not their service point, a missing reason or
 * date, a state the visit is not in. Carries the message key; as a runtime exception it rolls the
 * transaction back, so nothing is half-saved. Pages show the translated message (one Faces exception handler),
 * REST answers with the status and the same message.
 */
public class RefusedAction extends RuntimeException {

    private final String key;
    private final Object[] args;

    public RefusedAction(String key) {
        this(key, key, new Object[0]);
    }

    /** With an English text for the log; the user sees the translation of {@code key}. */
    public RefusedAction(String key, String englishText) {
        this(key, englishText, new Object[0]);
    }

    /**
     * With the message's arguments ({0}, {1}…): numbers, texts, or message keys prefixed with
     * {@code "field:"} (a field's label, translated before it is shown; see {@link Messages#text}).
     */
    public RefusedAction(String key, String englishText, Object[] args) {
        super(englishText);
        this.key = key;
        this.args = args.clone();
    }

    /** The message bundle key that explains the refusal. */
    public String key() {
        return key;
    }

    /** The arguments of the message; empty for most refusals. */
    public Object[] args() {
        return args.clone();
    }

    /**
     * The HTTP status a REST caller gets, unless a subtype knows better: 404 when the key says something is not found
     * ({@code ….notFound}: a record that does not exist, or not for this user), 403 when it is not theirs to change
     * ({@code …NotYours}, {@code ….readOnly}), else 409 (the request conflicts with the state of things).
     */
    public int status() {
        if (key.endsWith("notFound")) {
            return 404;
        }
        if (key.endsWith("NotYours") || key.endsWith(".readOnly")) {
            return 403;
        }
        return 409;
    }

    /**
     * Itemised problems behind the refusal (e.g. each finding of a rule-set check), as name → value pairs with
     * string, number or boolean values; empty when the message says it all.
     */
    public List<Map<String, Object>> details() {
        return List.of();
    }
}
