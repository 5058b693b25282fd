package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small-cell rule on a pilot report's exported and printed tables. */
class PilotTablesTest {

    private static final ReportPeriods PERIODS =
            ReportPeriods.of(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 20));

    private static LocalDate jan(int day) {
        return LocalDate.of(2026, 1, day);
    }

    private static void levels(PilotStatistics s, long point, LocalDate day, long self, long guided, long full) {
        // errands, overridden and self-done left at 0 here: the override rate below gets its own point-days
        PilotQueries.addErrands(s, new Object[] {point, java.sql.Date.valueOf(day), 0L, 0L, 0L, self, guided, full});
    }

    /**
     * Pilot before: 20 self-service, 40 guided, 2 full-assistance errands (2 is small, and the smallest other,
     * self-service, goes with it); comparison before: 3 errands in all (every share of them is small); 3 overridden
     * of 60 errands at the pilot points before.
     */
    private static PilotFigures figures() {
        PilotStatistics s = new PilotStatistics(Set.of(1L), Set.of(2L), PERIODS);
        levels(s, 1, jan(7), 10, 20, 1);
        levels(s, 1, jan(8), 10, 20, 1);
        levels(s, 1, jan(12), 10, 20, 10);
        levels(s, 1, jan(13), 10, 20, 10);
        levels(s, 2, jan(8), 1, 1, 0);
        levels(s, 2, jan(9), 0, 1, 0);
        levels(s, 2, jan(12), 5, 5, 5);
        levels(s, 2, jan(13), 5, 5, 5);
        s.add(PilotMeasure.OVERRIDE_RATE, 1, jan(7), 1, 30).add(PilotMeasure.OVERRIDE_RATE, 1, jan(8), 2, 30);
        s.add(PilotMeasure.OVERRIDE_RATE, 1, jan(12), 9, 30).add(PilotMeasure.OVERRIDE_RATE, 1, jan(13), 9, 30);
        return s.figures(
                List.of(new SuccessCriterion(PilotMeasure.GUIDED_SHARE, SuccessCriterion.Direction.INCREASE, 0)));
    }

    @Test
    void smallCountsAndSmallNumeratorsAreWithheldAndASingleWithheldLevelTakesTheSmallestOtherWithIt() {
        Map<PilotMeasure, boolean[]> hidden = PilotTables.hidden(figures());
        assertThat(hidden.get(PilotMeasure.FULL_ASSISTANCE_SHARE)).containsExactly(true, false, true, false);
        assertThat(hidden.get(PilotMeasure.SELF_SERVICE_SHARE)).containsExactly(true, false, true, false);
        assertThat(hidden.get(PilotMeasure.GUIDED_SHARE)).containsExactly(false, false, true, false);
        assertThat(hidden.get(PilotMeasure.OVERRIDE_RATE)).containsExactly(true, false, false, false);
        assertThat(hidden.get(PilotMeasure.CES)).containsExactly(false, false, false, false);
    }

    @Test
    void theMeasuresTableWritesLessThanFiveAndWithholdsEveryFigureThatUsesAWithheldValue() {
        TableData t = PilotTables.measures(figures());
        List<Object> guided = row(t, PilotMeasure.GUIDED_SHARE);
        // measure, unit, pilot before n and value, pilot during n and value, comparison before, comparison during
        assertThat(guided.subList(2, 10))
                .containsExactly(62L, 100 * (40.0 / 62), 80L, 100 * (40.0 / 80), "<5", "–", 30L, 100 * (10.0 / 30));
        assertThat((Double) guided.get(10))
                .isCloseTo(50 - 100 * 40.0 / 62, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(guided.subList(11, 16)).containsExactly("–", "–", "–", "–", "PilotFigures.Verdict.NO_DATA");
        List<Object> self = row(t, PilotMeasure.SELF_SERVICE_SHARE);
        assertThat(self.subList(2, 4)).containsExactly(62L, "–");
        assertThat(self.get(10)).isEqualTo("–");
        List<Object> overrides = row(t, PilotMeasure.OVERRIDE_RATE);
        assertThat(overrides.subList(2, 6)).containsExactly(60L, "–", 60L, 30.0);
        assertThat(overrides.get(15)).isNull();
        // The table is already suppressed: the statistics' own rule, which every export applies, changes nothing.
        List<List<Object>> exported = TableExport.lines(t, k -> k);
        assertThat(exported.subList(1, exported.size())).isEqualTo(t.getRows());
    }

    @Test
    void weeksWithFewObservationsAreWithheld() {
        TableData t = PilotTables.weeks(figures(), PilotMeasure.GUIDED_SHARE);
        assertThat(t.getRows()).hasSize(2);
        assertThat(t.getRows().get(0))
                .containsExactly("2026-01-05", "pilots.report.before", 62L, 100 * (40.0 / 62), "<5", "–");
        assertThat(t.getRows().get(1).subList(0, 3)).containsExactly("2026-01-12", "pilots.report.during", 80L);
    }

    private static List<Object> row(TableData t, PilotMeasure measure) {
        return t.getRows().stream()
                .filter(r -> r.get(0).equals("PilotMeasure." + measure))
                .findFirst()
                .orElseThrow();
    }
}
