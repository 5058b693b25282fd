package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableReportTest {

    @ParameterizedTest(name = "profile={0} channel={1} errand={2}: {3}")
    @CsvSource({", , , true", "3, , , true", ", WALK_IN, , false", ", , 7, false", "3, REMOTE, 7, false"})
    void independenceOverTimeIsPrintedOnlyWhenNeitherErrandNorChannelNarrowsTheReport(
            Long profile, String channel, Long task, boolean printed) {
        StatisticsFilter filter = new StatisticsFilter(
                List.of(51L), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), profile, channel, task);
        assertThat(PrintableReport.includesIndependence(filter)).isEqualTo(printed);
    }
}
