package fi.asiointipiste.statistics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import fi.asiointipiste.statistics.control.ReportPeriods;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PilotReportLinesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static ServicePoint point(long id, String name) {
        ServicePoint point = new ServicePoint(name.toUpperCase(Locale.ROOT), name, name);
        try {
            Field field = ServicePoint.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(point, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return point;
    }

    private static Pilot pilot() {
        ServicePoint keitele = point(1, "Keitele");
        ServicePoint tervo = point(2, "Tervo");
        ServicePoint vesanto = point(3, "Vesanto");
        RuleSet set =
                new RuleSet("Pilot rules", 2, "<dmn/>", "coordinator", "note", LocalDateTime.of(2026, 2, 1, 9, 0));
        set.publish(
                "coordinator",
                LocalDateTime.of(2026, 2, 20, 9, 0),
                START.atStartOfDay(),
                false,
                List.of(keitele, tervo));
        return new Pilot(
                "Kela guided",
                "hypothesis",
                set,
                List.of(keitele, tervo),
                List.of(vesanto),
                START,
                START.plusWeeks(8),
                List.of(new SuccessCriterion(PilotMeasure.GUIDED_SHARE, SuccessCriterion.Direction.INCREASE, 3)),
                "coordinator",
                LocalDateTime.of(2026, 2, 21, 10, 0));
    }

    @Test
    void aReportOfAllCustomersAndErrandsNamesThePilotPointsPeriodsAndMethod() {
        ReportPeriods periods =
                new ReportPeriods(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), START, LocalDate.of(2026, 4, 26));
        PilotReport report = new PilotReport(pilot(), null, null, periods, null, List.of());
        assertThat(PilotReportLines.of(report, null, null, Locale.ENGLISH))
                .containsExactly(
                        "Pilot: Kela guided, rule set version 2: Pilot rules",
                        "Pilot points: Keitele, Tervo",
                        "Comparison points: Vesanto",
                        "Before: 2026-01-05 – 2026-03-01; during the pilot: 2026-03-02 – 2026-04-26",
                        "Customers: all",
                        "Errands: all",
                        "Difference in differences (pilot − comparison), 95 % confidence interval from point-day"
                                + " standard errors",
                        "Counts from 1 to 4 are shown as <5; see docs/statistics.md for the rule.");
    }

    @Test
    void aNarrowedReportNamesItsProfileAndAgencyAndAReportWithoutPeriodsLeavesThemOut() {
        PilotReport report = new PilotReport(pilot(), 7L, 3L, null, null, List.of());
        List<String> lines = PilotReportLines.of(report, "Hilma", "Kela", Locale.ENGLISH);
        assertThat(lines).hasSize(7).contains("Customer profile: Hilma", "Errands: Kela");
        assertThat(lines).noneMatch(l -> l.startsWith("Before:"));
    }
}
