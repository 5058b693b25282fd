package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FilterDescriptionTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 9, 30);

    @Test
    void theFilterInWordsNamesOnlyWhatNarrowsItAndAlwaysTheSmallCellRule() {
        StatisticsFilter all = new StatisticsFilter(List.of(51L, 52L), FROM, UNTIL, null, null, null);
        assertThat(FilterDescription.lines(all, null, Locale.ENGLISH, "Pielavesi, Vesanto", null, null))
                .containsExactly(
                        "Period: 2026-07-01 – 2026-09-30",
                        "Service points: Pielavesi, Vesanto",
                        "Counts from 1 to 4 are shown as <5; see docs/statistics.md for the rule.");
    }

    @Test
    void eachChosenNarrowingHasALineInTheUsersLanguage() {
        StatisticsFilter narrowed = new StatisticsFilter(List.of(51L), FROM, UNTIL, 3L, "WALK_IN", 7L);
        assertThat(FilterDescription.lines(
                        narrowed, TimeGrain.MONTH, Locale.ENGLISH, "Pielavesi", "Independent", "Housing allowance"))
                .containsExactly(
                        "Period: 2026-07-01 – 2026-09-30",
                        "Service points: Pielavesi",
                        "Customer profile: Independent",
                        "Channel: Walk-in",
                        "Errand: Housing allowance",
                        "Time breakdown: Month",
                        "Counts from 1 to 4 are shown as <5; see docs/statistics.md for the rule.");
        assertThat(FilterDescription.lines(
                        narrowed,
                        TimeGrain.MONTH,
                        Locale.forLanguageTag("sv"),
                        "Pielavesi",
                        "Självständig",
                        "Bostadsbidrag"))
                .hasSize(7)
                .doesNotContainAnyElementsOf(FilterDescription.lines(
                                narrowed, TimeGrain.MONTH, Locale.ENGLISH, "Pielavesi", "Självständig", "Bostadsbidrag")
                        .subList(3, 6));
    }
}
