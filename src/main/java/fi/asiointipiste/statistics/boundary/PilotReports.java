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
        return pilots.all().stream().filter(p -> p.allPoints().stream().allMatch(sp -> mine.contains(sp.getId())))
                .toList();
    }

    /** The "customers" choice that means every customer, whatever the pilot's target profile. */
    public static final String ALL_CUSTOMERS = "all";

    /**
     * The report of a pilot for the chosen customers: null or empty for the pilot's target profile (every customer
     * when it has none), {@value #ALL_CUSTOMERS} for every customer, or a profile's id. Refused for an unknown pilot
     * or profile and for a pilot at a point the user does not work at.
     */
    public PilotReport report(Long pilotId, String customers) {
        Pilot pilot = pilots.byId(pilotId).orElseThrow(() -> new RefusedAction("pilots.error.notFound",
                "no pilot " + pilotId));
        Set<Long> mine = myPoints();
        if (!pilot.allPoints().stream().allMatch(p -> mine.contains(p.getId()))) {
            throw new RefusedAction("pilots.report.notYourPoints", "pilot " + pilotId + " has points the user"
                    + " does not work at");
        }
        Long profileId = profileOf(pilot, customers);
        ReportPeriods periods = ReportPeriods.of(pilot.getStartsOn(), pilot.getEndsOn(), clock.today());
        if (periods == null) {
            return new PilotReport(pilot, profileId, null, null, List.of());
        }
        PilotFigures figures = queries.figures(ids(pilot.getPilotPoints()), ids(pilot.getComparisonPoints()),
                periods, profileId, pilot.getCriteria());
        List<ParkingLotNote> notes = new ArrayList<>();
        for (ServicePoint point : pilot.getPilotPoints()) {
            notes.addAll(parkingLot.search(periods.duringFrom(), periods.duringUntil(), point.getId(), null));
        }
        notes.sort(Comparator.comparing(ParkingLotNote::getCreatedAt).reversed());
        return new PilotReport(pilot, profileId, periods, figures, List.copyOf(notes));
    }

    private Long profileOf(Pilot pilot, String customers) {
        if (customers == null || customers.isBlank()) {
            return pilot.getTargetProfile() == null ? null : pilot.getTargetProfile().getId();
        }
        if (customers.equals(ALL_CUSTOMERS)) {
            return null;
        }
        try {
            Long id = Long.valueOf(customers.strip());
            if (options.profiles(Locale.ROOT).containsKey(id)) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // refused below like an unknown id
        }
        throw new RefusedAction("pilots.report.unknownProfile", "no customer profile " + customers);
    }

    /** Whether a "customers" choice names no profile that exists (the page then falls back to the default). */
    public boolean isUnknownChoice(String customers) {
        if (customers == null || customers.isBlank() || customers.equals(ALL_CUSTOMERS)) {
            return false;
        }
        try {
            return !options.profiles(Locale.ROOT).containsKey(Long.valueOf(customers.strip()));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private Set<Long> myPoints() {
        return staff.getServicePoints().stream().map(ServicePoint::getId).collect(Collectors.toSet());
    }

    private static Set<Long> ids(List<ServicePoint> points) {
        return points.stream().map(ServicePoint::getId).collect(Collectors.toSet());
    }
}
