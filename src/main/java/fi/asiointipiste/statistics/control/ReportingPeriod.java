package fi.asiointipiste.statistics.control;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A period of whole days, both ends included, as the filter's defaults and shortcuts choose it. */
public record ReportingPeriod(LocalDate from, LocalDate until) {

    /** The last {@code days} days up to today. */
    public static ReportingPeriod lastDays(LocalDate today, int days) {
        return new ReportingPeriod(today.minusDays(days - 1L), today);
    }

    /** The last full calendar quarter before today's: the question supervisors report on. */
    public static ReportingPeriod lastQuarter(LocalDate today) {
        LocalDate startOfThis = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReportingPeriod(startOfThis.minusMonths(3), startOfThis.minusDays(1));
    }
}
