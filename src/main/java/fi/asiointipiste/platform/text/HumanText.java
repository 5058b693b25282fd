package fi.asiointipiste.platform.text;

import fi.asiointipiste.platform.i18n.RefusedAction;
import java.text.Normalizer;

/**
 * The one set of rules for text people type: names, one-line texts (a reason, a room) and notes. Every facade or
 * entity that stores such a text passes it through here, so the same hostile input gets the same refusal everywhere.
 *
 * <ul>
 *     <li>Surrounding white space and zero-width characters are removed; a text of nothing else is blank and comes
 *     back as {@code null} (the caller decides whether it was required).</li>
 *     <li>Never stored: NUL and the other control characters (a note keeps its line breaks and tabs), bidirectional
 *     overrides and isolates (U+202A–U+202E, U+2066–U+2069, which make a text read differently than it is stored),
 *     unpaired surrogates, and Unicode non-characters. PostgreSQL cannot store a NUL at all.</li>
 *     <li>Never stored: expression-language openers ({@code #{} and {@code ${}) and HTML or XML markup ({@code <}
 *     directly before a letter, {@code /}, {@code !} or {@code ?}). Pages escape what they print, so this is not
 *     about the pages; it keeps such text out of every export, report and log that reads the data later.</li>
 *     <li>A name is letters (any script, with their accents), spaces, hyphens, apostrophes and full stops, in Unicode
 *     normal form C, so that a search finds it however it was typed.</li>
 *     <li>Each kind has a maximum length, refused with a message and never cut.</li>
 * </ul>
 *
 * <p>A refusal is a {@link RefusedAction} whose message names the field ({@link #FIELD} arguments are message keys).
 */
public final class HumanText {

    /** The kinds of text and what each allows. */
    public enum Kind {
        /** A person's name: letters, spaces, hyphens, apostrophes and full stops. */
        NAME,
        /** A one-line text: no line breaks. */
        LINE,
        /** A note: line breaks and tabs allowed. */
        NOTE
    }

    /** Refusal keys, each with the field's label as argument {0} (and the maximum as {1} for the length). */
    public static final String TOO_LONG = "text.tooLong";

    public static final String CONTROL = "text.controlCharacters";
    public static final String MARKUP = "text.markup";
    public static final String NAME_CHARACTERS = "text.nameCharacters";
    public static final String LINE_BREAK = "text.lineBreak";

    /** Marks a refusal argument that is itself a message key (the field's label), translated before it is shown. */
    public static final String FIELD = fi.asiointipiste.platform.i18n.Messages.KEY_ARGUMENT;

    private HumanText() {}

    public static String name(String raw, int max, String fieldKey) {
        return checked(raw, Kind.NAME, max, fieldKey);
    }

    public static String line(String raw, int max, String fieldKey) {
        return checked(raw, Kind.LINE, max, fieldKey);
    }

    public static String note(String raw, int max, String fieldKey) {
        return checked(raw, Kind.NOTE, max, fieldKey);
    }

    /**
     * The text as it is stored: trimmed (and, for a name, in normal form C), or null when it is blank; refused with
     * a {@link RefusedAction} when it breaks a rule of its kind.
     *
     * @param max      the longest text stored, in UTF-16 units (never more characters than the column holds)
     * @param fieldKey the message key of the field's label, for the refusal's message
     */
    public static String checked(String raw, Kind kind, int max, String fieldKey) {
        if (raw == null) {
            return null;
        }
        String problem = problemOf(raw, kind);
        if (problem != null) {
            throw refusal(problem, fieldKey, null);
        }
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (kind == Kind.NAME) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        if (text.length() > max) {
            throw refusal(TOO_LONG, fieldKey, max);
        }
        return text;
    }

    /** Whether the text has nothing but white space and zero-width characters (or is null). */
    public static boolean isBlank(String raw) {
        return raw == null || trim(raw).isEmpty();
    }

    /**
     * The first rule the text breaks, as the refusal's key, or null when it keeps them all. Characters come before
     * markup: a NUL or a bidirectional override is reported as what it is.
     */
    public static String problemOf(String raw, Kind kind) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                int cp = raw.codePointAt(i);
                i++;
                if (isNonCharacter(cp)
                        || kind == Kind.NAME
                                && !Character.isLetter(cp)
                                && Character.getType(cp) != Character.NON_SPACING_MARK) {
                    return isNonCharacter(cp) ? CONTROL : NAME_CHARACTERS;
                }
                continue;
            }
            if (Character.isSurrogate(c) || isNonCharacter(c) || isBidiControl(c)) {
                return CONTROL;
            }
            if (c == '\n' || c == '\r') {
                if (kind == Kind.NOTE) {
                    continue;
                }
                return kind == Kind.LINE ? LINE_BREAK : CONTROL;
            }
            if (c == '\t' && kind == Kind.NOTE) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return CONTROL;
            }
            if (isZeroWidth(c)) {
                continue;
            }
        }
        if (kind == Kind.NAME) {
            return nameProblem(trim(raw));
        }
        return hasMarkup(raw) ? MARKUP : null;
    }

    private static String nameProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                continue; // letters outside the BMP were checked above
            }
            boolean allowed = Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == ' '
                    || c == '-'
                    || c == '\''
                    || c == '\u2019'
                    || c == '.';
            if (!allowed) {
                return isZeroWidth(c) ? CONTROL : NAME_CHARACTERS;
            }
        }
        return null;
    }

    /** {@code #{} or {@code ${}, or {@code <} directly before a letter, {@code /}, {@code !} or {@code ?}. */
    static boolean hasMarkup(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '#' || c == '$') && next == '{') {
                return true;
            }
            if (c == '<' && (Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
                return true;
            }
        }
        return false;
    }

    /** Without surrounding white space (Unicode's, also no-break spaces) and zero-width characters. */
    static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && ignorable(raw.charAt(start))) {
            start++;
        }
        while (end > start && ignorable(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isZeroWidth(c);
    }

    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }

    private static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private static RefusedAction refusal(String key, String fieldKey, Integer max) {
        Object[] args = max == null ? new Object[] {FIELD + fieldKey} : new Object[] {FIELD + fieldKey, max};
        return new RefusedAction(key, "text refused (" + key + ") in " + fieldKey, args);
    }
}
