package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.statistics.control.PilotFigures;
import fi.asiointipiste.statistics.control.ReportPeriods;
import java.io.Serializable;
import java.util.List;

/**
 * A pilot's report: the pilot, the profile its figures are narrowed to (null: all customers) and the agency its
 * errand figures are narrowed to (null: every errand), the periods compared
 * and the figures (both null before the pilot's first day), and the parking-lot notes the desks of the pilot points
 * wrote during the pilot, newest first.
 */
public record PilotReport(
        Pilot pilot,
        Long profileId,
        Long agencyId,
        ReportPeriods periods,
        PilotFigures figures,
        List<ParkingLotNote> notes)
        implements Serializable {

    public boolean isStarted() {
        return figures != null;
    }
}
