package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import fi.asiointipiste.rules.entity.SuccessCriterion.Direction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Point-day observations become the report's figures: each point-day lands in its group and period, the rest is
 * ignored, and the differences equal the hand-computed ones of DifferenceTest.
 */
class PilotStatisticsTest {

    /** A pilot from Monday 12 January to Friday 16 January 2026, read on 20 January: before = 7–11 January. */
    private static final ReportPeriods PERIODS =
            ReportPeriods.of(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 20));

    private static LocalDate jan(int day) {
        return LocalDate.of(2026, 1, day);
    }

    private static PilotStatistics overrides() {
        PilotStatistics s = new PilotStatistics(Set.of(1L), Set.of(2L), PERIODS);
        s.add(PilotMeasure.OVERRIDE_RATE, 1, jan(7), 2, 10).add(PilotMeasure.OVERRIDE_RATE, 1, jan(8), 4, 10);
        s.add(PilotMeasure.OVERRIDE_RATE, 1, jan(12), 6, 10).add(PilotMeasure.OVERRIDE_RATE, 1, jan(13), 8, 10);
        s.add(PilotMeasure.OVERRIDE_RATE, 2, jan(8), 1, 5).add(PilotMeasure.OVERRIDE_RATE, 2, jan(9), 5, 15);
        s.add(PilotMeasure.OVERRIDE_RATE, 2, jan(14), 2, 10).add(PilotMeasure.OVERRIDE_RATE, 2, jan(15), 6, 10);
        // Not the pilot's: another point, a day before the period before, a day after the pilot.
        s.add(PilotMeasure.OVERRIDE_RATE, 3, jan(12), 10, 10);
        s.add(PilotMeasure.OVERRIDE_RATE, 1, jan(6), 10, 10);
        s.add(PilotMeasure.OVERRIDE_RATE, 1, jan(17), 10, 10);
        return s;
    }

    @Test
    void pointDaysLandInTheirGroupAndPeriodAndTheDifferencesAreTheHandComputedOnes() {
        PilotFigures f =
                overrides().figures(List.of(new SuccessCriterion(PilotMeasure.OVERRIDE_RATE, Direction.INCREASE, 0)));
        PilotFigures.Row row = f.row(PilotMeasure.OVERRIDE_RATE);
        assertThat(row.pilotBefore().observations()).isEqualTo(20);
        assertThat(row.pilotBefore().count()).isEqualTo(6L);
        assertThat(row.pilotBefore().clusters()).isEqualTo(2);
        assertThat(row.pilotBefore().value()).isCloseTo(30, within(1e-9));
        assertThat(row.pilotDuring().value()).isCloseTo(70, within(1e-9));
        assertThat(row.comparisonBefore().value()).isCloseTo(30, within(1e-9));
        assertThat(row.comparisonDuring().value()).isCloseTo(40, within(1e-9));
        assertThat(row.pilotChange().estimate()).isCloseTo(40, within(1e-9));
        assertThat(row.comparisonChange().estimate()).isCloseTo(10, within(1e-9));
        assertThat(row.difference().estimate()).isCloseTo(30, within(1e-9));
        assertThat(row.difference().standardError()).isCloseTo(25, within(1e-9));
        assertThat(row.verdict()).isEqualTo(PilotFigures.Verdict.INCONCLUSIVE);
        assertThat(f.deciding()).containsExactly(row);
    }

    @Test
    void aMeasureNotChosenDecidesNothingAndWithoutDataHasNoValue() {
        PilotFigures f = overrides().figures(List.of());
        assertThat(f.row(PilotMeasure.OVERRIDE_RATE).verdict()).isNull();
        assertThat(f.deciding()).isEmpty();
        PilotFigures.Row empty = f.row(PilotMeasure.CES);
        assertThat(empty.pilotBefore().value()).isNull();
        assertThat(empty.difference()).isNull();
        assertThat(f.rows()).extracting(PilotFigures.Row::measure).containsExactly(PilotMeasure.values());
    }

    @Test
    void weeksRunFromMondayAndKnowWhetherThePilotRan() {
        List<PilotFigures.Week> weeks = overrides().figures(List.of()).weeks().get(PilotMeasure.OVERRIDE_RATE);
        assertThat(weeks).extracting(PilotFigures.Week::monday).containsExactly(jan(5), jan(12));
        assertThat(weeks.get(0).during()).isFalse();
        assertThat(weeks.get(0).pilot().value()).isCloseTo(30, within(1e-9));
        assertThat(weeks.get(0).comparison().value()).isCloseTo(30, within(1e-9));
        assertThat(weeks.get(1).during()).isTrue();
        assertThat(weeks.get(1).pilot().value()).isCloseTo(70, within(1e-9));
        assertThat(weeks.get(1).comparison().observations()).isEqualTo(20);
        assertThat(weeks.get(1).comparison().value()).isCloseTo(40, within(1e-9));
    }

    /**
     * CES: pilot before (30,10),(31,10) → 3.05, V = 2·0.5/400 = 0.0025; during (20,10),(21,10) → 2.05; the
     * comparison points stay at 3.05 with the same variance. DiD = −1.00, SE = √0.01 = 0.1, interval
     * [−1.196, −0.804].
     */
    @Test
    void successCriteriaGetTheirVerdicts() {
        PilotStatistics s = new PilotStatistics(Set.of(1L), Set.of(2L), PERIODS);
        for (long point : new long[] {1, 2}) {
            s.add(PilotMeasure.CES, point, jan(7), 30, 10).add(PilotMeasure.CES, point, jan(8), 31, 10);
        }
        s.add(PilotMeasure.CES, 1, jan(12), 20, 10).add(PilotMeasure.CES, 1, jan(13), 21, 10);
        s.add(PilotMeasure.CES, 2, jan(12), 30, 10).add(PilotMeasure.CES, 2, jan(13), 31, 10);
        Difference did = s.figures(List.of()).row(PilotMeasure.CES).difference();
        assertThat(did.estimate()).isCloseTo(-1.0, within(1e-9));
        assertThat(did.standardError()).isCloseTo(0.1, within(1e-9));
        assertThat(did.low()).isCloseTo(-1.196, within(1e-3));
        assertThat(did.high()).isCloseTo(-0.804, within(1e-3));
        assertThat(verdict(s, Direction.DECREASE, 0.5)).isEqualTo(PilotFigures.Verdict.MET);
        assertThat(verdict(s, Direction.DECREASE, 1.5)).isEqualTo(PilotFigures.Verdict.TOO_SMALL);
        assertThat(verdict(s, Direction.INCREASE, 0)).isEqualTo(PilotFigures.Verdict.OPPOSITE);
    }

    private static PilotFigures.Verdict verdict(PilotStatistics s, Direction direction, double minimum) {
        return s.figures(List.of(new SuccessCriterion(PilotMeasure.CES, direction, minimum)))
                .row(PilotMeasure.CES)
                .verdict();
    }

    @Test
    void sharesAndNpsAreInPercentMinutesAndCesAsTheyAre() {
        assertThat(PilotStatistics.scale(PilotMeasure.GUIDED_SHARE)).isEqualTo(100);
        assertThat(PilotStatistics.scale(PilotMeasure.NPS)).isEqualTo(100);
        assertThat(PilotStatistics.scale(PilotMeasure.WAITING_MINUTES)).isEqualTo(1);
        assertThat(PilotStatistics.scale(PilotMeasure.CES)).isEqualTo(1);
    }
}
