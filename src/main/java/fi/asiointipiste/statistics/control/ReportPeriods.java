package fi.asiointipiste.statistics.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The two periods a pilot report compares (whole days, both ends included): the pilot's period as far as it has
 * run ("during": from its first day to its last day or today, whichever comes first) and the period of the same
 * length just before it ("before"). Before the pilot's first day there is nothing to compare: {@link #of} answers
 * null.
 */
public record ReportPeriods(LocalDate beforeFrom, LocalDate beforeUntil, LocalDate duringFrom, LocalDate duringUntil)
        implements Serializable {

    public static ReportPeriods of(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (today.isBefore(startsOn)) {
            return null;
        }
        LocalDate until = endsOn.isBefore(today) ? endsOn : today;
        long days = ChronoUnit.DAYS.between(startsOn, until) + 1;
        return new ReportPeriods(startsOn.minusDays(days), startsOn.minusDays(1), startsOn, until);
    }

    /** The days the pilot has run (and the length of the period before). */
    public long days() {
        return ChronoUnit.DAYS.between(duringFrom, duringUntil) + 1;
    }

    /** Whether the day lies in the period before (false: during, or outside both). */
    public boolean before(LocalDate day) {
        return !day.isBefore(beforeFrom) && !day.isAfter(beforeUntil);
    }

    public boolean during(LocalDate day) {
        return !day.isBefore(duringFrom) && !day.isAfter(duringUntil);
    }
}
