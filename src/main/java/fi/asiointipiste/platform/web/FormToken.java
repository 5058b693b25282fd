package fi.asiointipiste.platform.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A one-time token of a form in a view, for actions that must not run twice when a form is submitted twice (a
 * double click, a reload that re-posts): the page renders {@link #getValue()} in a hidden field, the action runs only
 * if {@link #consume(String)} accepts the submitted value, which it does once; the next rendering carries a fresh one.
 * Kept in the view-scoped bean of the page; safe when two submissions of one view arrive at once.
 */
public final class FormToken implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private String value = fresh();

    /** The token to render in the form. */
    public synchronized String getValue() {
        return value;
    }

    /** Accepts the submitted token once: true for the first submission of the rendered token, false for any other. */
    public synchronized boolean consume(String submitted) {
        if (submitted == null || !submitted.equals(value)) {
            return false;
        }
        value = fresh();
        return true;
    }

    private static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
