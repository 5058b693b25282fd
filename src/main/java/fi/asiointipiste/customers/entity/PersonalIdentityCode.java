package fi.asiointipiste.customers.entity;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ: birth date, century sign, individual
 * number and check character.
 *
 * <p>Century signs in force since 2023: {@code +} for the 1800s; {@code -}, {@code Y}, {@code X},
 * {@code W}, {@code V}, {@code U} for the 1900s; {@code A}–{@code F} for the 2000s. The individual number
 * is 002–899 for permanent codes and 900–999 for temporary ones. The check character is the remainder of
 * the nine digits DDMMYYZZZ divided by 31, looked up in {@value #CHECK_CHARACTERS}.
 */
public final class PersonalIdentityCode implements Serializable {

    static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private final String value;
    private final LocalDate birthDate;

    private PersonalIdentityCode(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Finland's time zone: whether a birth date is still in the future is decided by the Finnish calendar day. */
    private static final java.time.ZoneId FINLAND = java.time.ZoneId.of("Europe/Helsinki");

    /**
     * What is wrong with a code, each with the message that tells the clerk. A code is checked in this order, so the
     * message names the first thing to correct.
     */
    public enum Problem {
        /** Not 11 characters of the right kinds: six digits, a century sign, three digits and a check character. */
        FORMAT("frontDesk.customer.codeInvalid"),
        /** A dash that only looks like one (a hyphen, en dash, minus sign…) where the century sign goes. */
        LOOKALIKE_DASH("customers.code.lookalikeDash"),
        /** Individual number 000 or 001: never issued. */
        INDIVIDUAL_NUMBER("customers.code.individualNumber"),
        /** The check character does not match the nine digits. */
        CHECK_CHARACTER("frontDesk.customer.codeInvalid"),
        /** No such day (31 February, 29 February of a common year). */
        IMPOSSIBLE_DATE("frontDesk.customer.codeInvalid"),
        /** A birth date after today: nobody is born yet on it. */
        FUTURE_DATE("customers.code.futureDate");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Parses a code, tolerating surrounding spaces and lower-case letters; empty when it is not valid today in Finland. */
    public static Optional<PersonalIdentityCode> parse(String text) {
        return parse(text, LocalDate.now(FINLAND));
    }

    /** Parses a code as valid on the given day (a birth date after it is refused). */
    public static Optional<PersonalIdentityCode> parse(String text, LocalDate today) {
        if (text == null || problemOf(text, today) != null) {
            return Optional.empty();
        }
        String code = normalised(text);
        return Optional.of(new PersonalIdentityCode(code, birthDateOf(code)));
    }

    /** What is wrong with the code on the given day, or null when it is valid. */
    public static Problem problemOf(String text, LocalDate today) {
        String code = normalised(text == null ? "" : text);
        if (code.length() != 11) {
            return Problem.FORMAT;
        }
        String date = code.substring(0, 6);
        String individual = code.substring(7, 10);
        if (!allDigits(date) || !allDigits(individual)) {
            return Problem.FORMAT;
        }
        if (centuryOf(code.charAt(6)) < 0) {
            return isLookalikeDash(code.charAt(6)) ? Problem.LOOKALIKE_DASH : Problem.FORMAT;
        }
        if (Integer.parseInt(individual) < 2) {
            return Problem.INDIVIDUAL_NUMBER;
        }
        char expected = CHECK_CHARACTERS.charAt((int) (Long.parseLong(date + individual) % 31));
        if (code.charAt(10) != expected) {
            return Problem.CHECK_CHARACTER;
        }
        LocalDate birth = birthDateOf(code);
        if (birth == null) {
            return Problem.IMPOSSIBLE_DATE;
        }
        return birth.isAfter(today) ? Problem.FUTURE_DATE : null;
    }

    private static String normalised(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static LocalDate birthDateOf(String code) {
        try {
            return LocalDate.of(
                    centuryOf(code.charAt(6)) + Integer.parseInt(code.substring(4, 6)),
                    Integer.parseInt(code.substring(2, 4)),
                    Integer.parseInt(code.substring(0, 2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Characters people paste in place of the hyphen-minus: the Unicode hyphens and dashes, the minus sign and the
     * full-width and small hyphen-minus. They look right on the screen but are another character.
     */
    static boolean isLookalikeDash(char c) {
        return c >= '\u2010' && c <= '\u2015'
                || c == '\u2212'
                || c == '\uFE58'
                || c == '\uFE63'
                || c == '\uFF0D'
                || c == '\u00AD'
                || c == '\u02D7'
                || c == '\u2043'
                || c == '\u1806';
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    private static int centuryOf(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> -1;
        };
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** A temporary code (individual number 900–999), given e.g. before a permanent one: flagged wherever it shows. */
    public boolean isTemporary() {
        return Integer.parseInt(value.substring(7, 10)) >= 900;
    }

    /** Shown in lists: the birth date part only, e.g. {@code 131052-****}. */
    public String masked() {
        return value.substring(0, 7) + "****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdentityCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the full code: toString ends up in logs. */
    @Override
    public String toString() {
        return masked();
    }
}
