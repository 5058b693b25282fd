package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.feedback.boundary.ParkingLot;
import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.boundary.Pilots;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.statistics.control.FilterOptions;
import fi.asiointipiste.statistics.control.PilotFigures;
import fi.asiointipiste.statistics.control.PilotQueries;
import fi.asiointipiste.statistics.control.ReportPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pilot reports for coordinators and supervisors. Like every statistic, a report shows only figures of points the
 * user works at: a pilot whose pilot or comparison points are not all the user's is refused. The figures come from
 * the statistics aggregates (see {@link PilotQueries}), never from the raw visits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PilotReports {

    @Inject
    Pilots pilots;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    PilotQueries queries;

    @Inject
    ParkingLot parkingLot;

    @Inject
    FilterOptions options;

    /** The pilots whose every point the user works at, newest first. */
    public List<Pilot> readable() {
        Set<Long> mine = myPoints();
        return pilots.all().stream()
                .filter(p -> p.allPoints().stream().allMatch(sp -> mine.contains(sp.getId())))
                .toList();
    }

    /** The choice of customers or errands that means all of them, whatever the pilot's target. */
    public static final String ALL = "all";

    /**
     * The report of a pilot for the chosen customers and errands: null or empty for the pilot's target profile and
     * agency (all customers, every errand when it has none), {@value #ALL} for all of them, or a profile's and an
     * agency's id. Refused for an unknown pilot, profile or agency, and for a pilot at a point the user does not
     * work at.
     */
    public PilotReport report(Long pilotId, String customers, String errands) {
        Pilot pilot = pilots.byId(pilotId)
                .orElseThrow(() -> new RefusedAction("pilots.error.notFound", "no pilot " + pilotId));
        Set<Long> mine = myPoints();
        if (!pilot.allPoints().stream().allMatch(p -> mine.contains(p.getId()))) {
            throw new RefusedAction(
                    "pilots.report.notYourPoints", "pilot " + pilotId + " has points the user" + " does not work at");
        }
        Long profileId = choice(
                customers,
                pilot.getTargetProfileId(),
                options.profiles(Locale.ROOT).keySet(),
                "pilots.report.unknownProfile");
        Long agencyId = choice(
                errands,
                pilot.getTargetAgencyId(),
                options.agencies(Locale.ROOT).keySet(),
                "pilots.report.unknownAgency");
        ReportPeriods periods = ReportPeriods.of(pilot.getStartsOn(), pilot.getEndsOn(), clock.today());
        if (periods == null) {
            return new PilotReport(pilot, profileId, agencyId, null, null, List.of());
        }
        PilotFigures figures = queries.figures(
                ids(pilot.getPilotPoints()),
                ids(pilot.getComparisonPoints()),
                periods,
                profileId,
                agencyId,
                pilot.getCriteria());
        List<ParkingLotNote> notes = new ArrayList<>();
        for (ServicePoint point : pilot.getPilotPoints()) {
            notes.addAll(parkingLot.search(periods.duringFrom(), periods.duringUntil(), point.getId(), null));
        }
        notes.sort(Comparator.comparing(ParkingLotNote::getCreatedAt).reversed());
        return new PilotReport(pilot, profileId, agencyId, periods, figures, List.copyOf(notes));
    }

    /** A choice: empty for the target, {@value #ALL} for none, else one of the known ids (refused otherwise). */
    private static Long choice(String chosen, Long target, Set<Long> known, String unknownKey) {
        if (chosen == null || chosen.isBlank()) {
            return target;
        }
        if (chosen.equals(ALL)) {
            return null;
        }
        Long id = idOf(chosen);
        if (id == null || !known.contains(id)) {
            throw new RefusedAction(unknownKey, "no such choice " + chosen);
        }
        return id;
    }

    /** Whether a choice of customers names no profile that exists (the page then falls back to the target). */
    public boolean isUnknownProfile(String customers) {
        return isUnknown(customers, options.profiles(Locale.ROOT).keySet());
    }

    /** Whether a choice of errands names no agency that exists. */
    public boolean isUnknownAgency(String errands) {
        return isUnknown(errands, options.agencies(Locale.ROOT).keySet());
    }

    private static boolean isUnknown(String chosen, Set<Long> known) {
        if (chosen == null || chosen.isBlank() || chosen.equals(ALL)) {
            return false;
        }
        Long id = idOf(chosen);
        return id == null || !known.contains(id);
    }

    private static Long idOf(String chosen) {
        try {
            return Long.valueOf(chosen.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private Set<Long> myPoints() {
        return staff.getServicePoints().stream().map(ServicePoint::getId).collect(Collectors.toSet());
    }

    private static Set<Long> ids(List<ServicePoint> points) {
        return points.stream().map(ServicePoint::getId).collect(Collectors.toSet());
    }
}
