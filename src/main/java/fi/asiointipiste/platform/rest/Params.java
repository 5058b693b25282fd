package fi.asiointipiste.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Query parameters read by the resources themselves, so a bad one is a 400 problem naming it ({@code api.param.*})
 * instead of the 404 JAX-RS gives for a query parameter it cannot convert.
 */
public final class Params {

    private Params() {}

    public static long id(String text, String name) {
        if (text == null || text.isBlank()) {
            throw InvalidRequest.of("api.param.required", name);
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequest.of("api.param.invalid", name);
        }
    }

    public static LocalDate date(String text, String name) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequest.of("api.param.invalid", name);
        }
    }

    /** A text parameter that must be given (not blank), at most {@code max} characters; stripped. */
    public static String text(String text, String name, int max) {
        if (text == null || text.isBlank()) {
            throw InvalidRequest.of("api.param.required", name);
        }
        if (text.strip().length() > max) {
            throw InvalidRequest.of("api.param.invalid", name);
        }
        return text.strip();
    }

    /** A whole-number parameter that must be given. */
    public static long required(Long value, String name) {
        if (value == null) {
            throw InvalidRequest.of("api.param.required", name);
        }
        return value;
    }

    /** A comma-separated list of enum names; empty when absent. */
    public static <E extends Enum<E>> Set<E> names(String text, Class<E> type, String name) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<E> values = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            try {
                values.add(Enum.valueOf(type, part.strip()));
            } catch (IllegalArgumentException e) {
                throw InvalidRequest.of("api.param.invalid", name);
            }
        }
        return Collections.unmodifiableSet(values);
    }

    /** The names of an enum's values, for a problem's or a document's list of what is allowed. */
    public static String allowed(Class<? extends Enum<?>> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
