package fi.asiointipiste.statistics.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Database values as the figures of a table: a SUM comes back as BIGINT, DECIMAL or DOUBLE depending on the
 * database and the column, a day as {@code java.sql.Date} or {@code LocalDate}, a time as {@code Timestamp} or
 * {@code LocalDateTime}.
 */
final class Figures {

    private Figures() {}

    /** A count; null (no row summed) is 0. */
    static long n(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue());
    }

    static double dbl(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    /** A share or an average; null when there is nothing to divide by, so the page shows an empty cell, not 0. */
    static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static LocalDateTime time(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
