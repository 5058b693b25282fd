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

    /** Parses a code, tolerating surrounding spaces and lower-case letters; empty when it is not valid. */
    public static Optional<PersonalIdentityCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 11) {
            return Optional.empty();
        }
        String date = code.substring(0, 6);
        String individual = code.substring(7, 10);
        if (!allDigits(date) || !allDigits(individual)) {
            return Optional.empty();
        }
        int century = centuryOf(code.charAt(6));
        int number = Integer.parseInt(individual);
        if (century < 0 || number < 2) {
            return Optional.empty();
        }
        char expected = CHECK_CHARACTERS.charAt((int) (Long.parseLong(date + individual) % 31));
        if (code.charAt(10) != expected) {
            return Optional.empty();
        }
        try {
            LocalDate birth = LocalDate.of(century + Integer.parseInt(date.substring(4, 6)),
                    Integer.parseInt(date.substring(2, 4)), Integer.parseInt(date.substring(0, 2)));
            return Optional.of(new PersonalIdentityCode(code, birth));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
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
