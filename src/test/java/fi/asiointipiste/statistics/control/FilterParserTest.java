package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.statistics.control.FilterParser.Parsed;
import fi.asiointipiste.statistics.control.FilterParser.Raw;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<Long> ALLOWED = List.of(51L, 52L, 53L);

    private static Raw raw(String from, String until, String points) {
        return new Raw(from, until, points, null, null, null, null, null);
    }

    private static Parsed parse(Raw raw) {
        return FilterParser.parse(raw, ALLOWED, TODAY, 90);
    }

    @Test
    void anEmptyAddressMeansTheLastDaysAtEveryPointByWeekWithNothingNarrowed() {
        Parsed p = parse(new Raw(null, " ", "", null, null, null, null, null));
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(p.until()).isEqualTo(TODAY);
        assertThat(p.points()).containsExactly(51L, 52L, 53L);
        assertThat(p.grain()).isEqualTo(TimeGrain.WEEK);
        assertThat(p.profileId()).isNull();
        assertThat(p.channel()).isNull();
        assertThat(p.taskId()).isNull();
        assertThat(p.ruleSetId()).isNull();
        assertThat(p.errors()).isEmpty();
        assertThat(FilterParser.parse(raw(null, null, null), ALLOWED, TODAY, 365)
                        .from())
                .isEqualTo(LocalDate.of(2025, 11, 23));
    }

    @Test
    void aFullAddressIsReadAsIs() {
        Parsed p = parse(new Raw("2026-07-01", " 2026-09-30 ", "52, 51,52", "3", "WALK_IN", "7", "MONTH", "5:r12"));
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(p.until()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(p.points()).containsExactly(52L, 51L);
        assertThat(p.profileId()).isEqualTo(3L);
        assertThat(p.channel()).isEqualTo("WALK_IN");
        assertThat(p.taskId()).isEqualTo(7L);
        assertThat(p.grain()).isEqualTo(TimeGrain.MONTH);
        assertThat(p.ruleSetId()).isEqualTo(5L);
        assertThat(p.ruleId()).isEqualTo("r12");
        assertThat(p.errors()).isEmpty();
    }

    @ParameterizedTest(name = "from={0} until={1}")
    @CsvSource({"2026-09-30, 2026-07-01", "2026-13-01, 2026-09-30", "2026-07-01, yesterday", "2026-12-01, "})
    void aBadOrReversedPeriodFallsBackToTheDefaultWithOneMessage(String from, String until) {
        Parsed p = parse(raw(from, until, null));
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 8, 25));
        assertThat(p.until()).isEqualTo(TODAY);
        assertThat(p.errors()).containsExactly(FilterParser.PERIOD_ERROR);
    }

    @ParameterizedTest(name = "points={0}")
    @CsvSource({"99", "51;99", "x", "','"})
    void pointsTheUserDoesNotWorkAtAreRefusedForAllTheirPoints(String points) {
        Parsed p = parse(raw(null, null, points.replace(';', ',')));
        assertThat(p.points()).containsExactly(51L, 52L, 53L);
        assertThat(p.errors()).containsExactly(FilterParser.POINTS_ERROR);
    }

    @Test
    void badNarrowingsAreLeftOutEachWithAMessageInTheOrderOfTheParameters() {
        Parsed p = parse(new Raw("2026-09-30", "2026-07-01", "99", "three", "POST", "7x", "YEAR", "r12"));
        assertThat(p.profileId()).isNull();
        assertThat(p.channel()).isNull();
        assertThat(p.taskId()).isNull();
        assertThat(p.grain()).isEqualTo(TimeGrain.WEEK);
        assertThat(p.ruleSetId()).isNull();
        assertThat(p.ruleId()).isNull();
        assertThat(p.errors())
                .containsExactly(
                        FilterParser.PERIOD_ERROR,
                        FilterParser.POINTS_ERROR,
                        FilterParser.FILTER_ERROR,
                        FilterParser.FILTER_ERROR,
                        FilterParser.FILTER_ERROR,
                        FilterParser.FILTER_ERROR,
                        FilterParser.FILTER_ERROR);
    }

    @Test
    void theRuleKeyOfTheDrillDownIsTheRuleSetThenTheRuleAfterTheFirstColon() {
        Parsed none = parse(new Raw(null, null, null, null, null, null, null, "0:-"));
        assertThat(none.ruleSetId()).isZero();
        assertThat(none.ruleId()).isEqualTo("-");
        Parsed colon = parse(new Raw(null, null, null, null, null, null, null, "5:a:b"));
        assertThat(colon.ruleSetId()).isEqualTo(5L);
        assertThat(colon.ruleId()).isEqualTo("a:b");
    }
}
