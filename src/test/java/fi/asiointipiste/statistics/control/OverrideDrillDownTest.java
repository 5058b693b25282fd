package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.statistics.control.OverrideDrillDown.Range;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverrideDrillDownTest {

    private static Object[] day(long point, String day, long errands) {
        return new Object[] {point, Date.valueOf(day), errands};
    }

    private static Range range(long point, String first, String last) {
        return new Range(point, LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void daysAWeekApartAtMostAreReadAsOneRangeOfAPointsArrivals() {
        assertThat(OverrideDrillDown.ranges(List.of(
                        day(51, "2026-09-30", 2),
                        day(52, "2026-09-29", 1),
                        day(51, "2026-09-23", 1),
                        day(51, "2026-09-15", 3),
                        day(52, "2026-09-01", 1))))
                .containsExactly(
                        range(51, "2026-09-15", "2026-09-15"),
                        range(51, "2026-09-23", "2026-09-30"),
                        range(52, "2026-09-01", "2026-09-01"),
                        range(52, "2026-09-29", "2026-09-29"));
    }

    @Test
    void onlyTheNewestDaysThatCoverTheLimitAreRead() {
        List<Object[]> days = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            days.add(day(51, LocalDate.of(2026, 9, 30).minusDays(i).toString(), 100));
        }
        // 100 errands a day: the fifth day reaches 500, the sixth is no longer needed
        assertThat(OverrideDrillDown.ranges(days)).containsExactly(range(51, "2026-09-26", "2026-09-30"));
        assertThat(OverrideDrillDown.ranges(List.of())).isEmpty();
    }

    @Test
    void errandsComeNewestFirstThenByVisitWithLevelsAndReasonsAsLabels() {
        TableData t = OverrideDrillDown.table(List.of(
                new Object[] {
                    12L,
                    Timestamp.valueOf("2026-09-01 10:00:00"),
                    "Pielavesi",
                    "Asumistuki",
                    "GUIDED",
                    "FULL_ASSISTANCE",
                    "CUSTOMER_WISH"
                },
                new Object[] {
                    40L,
                    LocalDateTime.parse("2026-09-02T09:00:00"),
                    "Pielavesi",
                    "Muutto",
                    "SELF_SERVICE",
                    "GUIDED",
                    null
                },
                new Object[] {
                    11,
                    Timestamp.valueOf("2026-09-01 10:00:00"),
                    "Vesanto",
                    "Verokortti",
                    "GUIDED",
                    "SELF_SERVICE",
                    "OTHER"
                }));
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList(
                                "40",
                                "2026-09-02",
                                "Pielavesi",
                                "Muutto",
                                "SupportLevel.SELF_SERVICE",
                                "SupportLevel.GUIDED",
                                "statistics.noReason"),
                        Arrays.asList(
                                "11",
                                "2026-09-01",
                                "Vesanto",
                                "Verokortti",
                                "SupportLevel.GUIDED",
                                "SupportLevel.SELF_SERVICE",
                                "OverrideReason.OTHER"),
                        Arrays.asList(
                                "12",
                                "2026-09-01",
                                "Pielavesi",
                                "Asumistuki",
                                "SupportLevel.GUIDED",
                                "SupportLevel.FULL_ASSISTANCE",
                                "OverrideReason.CUSTOMER_WISH"));
        assertThat(t.drillOf(0)).isNull();
    }
}
