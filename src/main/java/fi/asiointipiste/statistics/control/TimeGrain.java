package fi.asiointipiste.statistics.control;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How the time breakdown groups days: by day, ISO-8601 week (weeks start on Monday; week 1 holds 4 January) or month. */
public enum TimeGrain {
    DAY,
    WEEK,
    MONTH;

    /** A sortable label: 2026-11-22, 2026-W47 (the ISO week-based year, which differs from the calendar year around New Year), 2026-11. */
    public String label(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK ->
                String.format(
                        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
        };
    }
}
