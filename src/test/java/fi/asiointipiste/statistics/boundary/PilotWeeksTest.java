package fi.asiointipiste.statistics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.statistics.control.PilotFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PilotWeeksTest {

    private static final List<PilotFigures.Week> WEEKS = List.of(
            new PilotFigures.Week(
                    LocalDate.of(2026, 3, 2),
                    new PilotFigures.Cell(41.666, 12, 5L, 2),
                    new PilotFigures.Cell(null, 0, null, 0),
                    false),
            new PilotFigures.Week(
                    LocalDate.of(2026, 3, 9),
                    new PilotFigures.Cell(50.0, 20, 10L, 2),
                    new PilotFigures.Cell(25.0, 8, 2L, 1),
                    true));

    @Test
    void theChartHasBothGroupsRoundedToTwoDecimalsWithGapsAsNull() {
        String json = PilotWeeks.chart(WEEKS, PilotMeasure.GUIDED_SHARE, Locale.ENGLISH, d -> "<" + d + ">");
        assertThat(json)
                .startsWith("{\"type\":\"line\",\"data\":{\"labels\":[\"\\u003c2026-03-02\\u003e\",")
                .contains("{\"label\":\"Pilot points\",\"data\":[41.67,50.0],\"borderColor\":\"#1b5e91\"")
                .contains("{\"label\":\"Comparison points\",\"data\":[null,25.0],\"borderColor\":\"#8a4b08\"")
                .contains("\"borderDash\":[6,4]")
                .endsWith("\"text\":\"Share of guided errands (per cent, changes in percentage points)\"}}}}}");
    }

    @Test
    void theTableHasOneRowPerWeekWithEmptyValuesWhereNothingWasMeasured() {
        List<List<String>> rows =
                PilotWeeks.rows(WEEKS, PilotMeasure.GUIDED_SHARE, Locale.ENGLISH, LocalDate::toString);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsExactly("2026-03-02", "Before", rows.get(0).get(2), "12", "", "0");
        assertThat(rows.get(0).get(2))
                .isNotEmpty()
                .isEqualTo(PilotReportView.number(PilotMeasure.GUIDED_SHARE, 41.666, false, Locale.ENGLISH));
        assertThat(rows.get(1).get(1)).isEqualTo("During the pilot");
        assertThat(rows.get(1).get(5)).isEqualTo("8");
    }

    @Test
    void numbersKeepTwoDecimalsAndNullStaysNull() {
        assertThat(PilotWeeks.number(null)).isEqualTo("null");
        assertThat(PilotWeeks.number(1.005)).isEqualTo("1.0");
        assertThat(PilotWeeks.number(2.349)).isEqualTo("2.35");
    }
}
