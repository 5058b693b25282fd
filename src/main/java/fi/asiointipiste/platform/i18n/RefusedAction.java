package fi.asiointipiste.platform.i18n;

/**
 * An action refused for a reason the user can act on: not their service point, a missing reason or
 * date, a state the visit is not in. Carries the message key; as a runtime exception it rolls the
 * transaction back, so nothing is half-saved.
 */
public class RefusedAction extends RuntimeException {

    private final String key;

    public RefusedAction(String key) {
        super(key);
        this.key = key;
    }

    /** With an English text for the log; the user sees the translation of {@code key}. */
    public RefusedAction(String key, String englishText) {
        super(englishText);
        this.key = key;
    }

    /** The message bundle key that explains the refusal. */
    public String key() {
        return key;
    }
}
