package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostTablesTest {

    private static Object[] row(
            String point, String day, String agency, String level, long errands, double visits, double minutes) {
        return new Object[] {point, Date.valueOf(day), agency, level, errands, visits, minutes};
    }

    @Test
    void daysAreSummedIntoTheirMonthPerPointAgencyAndLevel() {
        TableData t = CostTables.costs(List.of(
                row("Pielavesi", "2026-07-01", "Kela", "GUIDED", 4, 1.5, 30),
                row("Pielavesi", "2026-07-31", "Kela", "GUIDED", 2, 0.5, 12.5),
                row("Pielavesi", "2026-08-03", "Kela", "GUIDED", 1, 1, 10)));
        assertThat(t.getRows())
                .containsExactly(
                        Arrays.asList("Pielavesi", "2026-07", "Kela", "SupportLevel.GUIDED", 6L, 2.0, 42.5),
                        Arrays.asList("Pielavesi", "2026-08", "Kela", "SupportLevel.GUIDED", 1L, 1.0, 10.0));
    }

    @Test
    void rowsComeByPointMonthAgencyAndLevelAndErrandsWithoutALevelAreNamedSo() {
        TableData t = CostTables.costs(List.of(
                new Object[] {"Vesanto", LocalDate.parse("2026-07-02"), "Vero", "NONE", 1L, 1.0, 5.0},
                row("Pielavesi", "2026-08-01", "Kela", "SELF_SERVICE", 1, 1, 1),
                row("Pielavesi", "2026-07-09", "Vero", "GUIDED", 1, 1, 1),
                row("Pielavesi", "2026-07-09", "Kela", "GUIDED", 1, 1, 1)));
        assertThat(t.getRows())
                .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3))
                .containsExactly(
                        "Pielavesi 2026-07 Kela SupportLevel.GUIDED",
                        "Pielavesi 2026-07 Vero SupportLevel.GUIDED",
                        "Pielavesi 2026-08 Kela SupportLevel.SELF_SERVICE",
                        "Vesanto 2026-07 Vero statistics.noLevel");
    }
}
