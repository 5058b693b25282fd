package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosedVisitTest {

    private static final LocalDateTime ARRIVED = LocalDateTime.of(2026, 3, 2, 9, 50);

    private static ClosedVisit visit(Integer ces, Integer nps, ClosedVisit.Task... tasks) {
        return new ClosedVisit(7, "WALK_IN", "DONE", ARRIVED, ARRIVED.plusMinutes(12), ARRIVED.plusMinutes(42), 3L,
                List.of(tasks), ces, nps);
    }

    private static ClosedVisit.Task task(String recommended, String applied) {
        return new ClosedVisit.Task(11, recommended, applied, recommended.equals(applied) ? null : "LANGUAGE_NEED",
                "DONE", Boolean.FALSE, 1L, "R4");
    }

    private static double[] visitCell(ClosedVisit v) {
        return v.cells().stream().filter(c -> c.table() == AggregateTable.VISIT_DAY).findFirst().orElseThrow().values();
    }

    private static double value(double[] values, String column) {
        return values[AggregateTable.VISIT_DAY.columns().indexOf(column)];
    }

    @ParameterizedTest(name = "NPS answer {0}: promoter {1}, detractor {2}")
    @CsvSource({"10, 1, 0", "9, 1, 0", "8, 0, 0", "7, 0, 0", "6, 0, 1", "0, 0, 1"})
    void npsAnswersAreClassified(int nps, int promoter, int detractor) {
        double[] v = visitCell(visit(2, nps, task("GUIDED", "GUIDED")));
        assertThat(value(v, "nps_n")).isEqualTo(1);
        assertThat(value(v, "promoters")).isEqualTo(promoter);
        assertThat(value(v, "detractors")).isEqualTo(detractor);
    }

    @ParameterizedTest(name = "CES {0} lands in its own bucket")
    @CsvSource({"1", "2", "3", "4", "5"})
    void cesGoesToSumCountAndDistribution(int ces) {
        double[] v = visitCell(visit(ces, null, task("GUIDED", "GUIDED")));
        assertThat(value(v, "ces_n")).isEqualTo(1);
        assertThat(value(v, "ces_sum")).isEqualTo(ces);
        assertThat(value(v, "ces_" + ces)).isEqualTo(1);
        assertThat(value(v, "nps_n")).isZero();
    }

    @Test
    void visitLevelIsTheHighestAppliedAndTimesAreMinutes() {
        ClosedVisit v = visit(null, null, task("SELF_SERVICE", "SELF_SERVICE"), task("GUIDED", "FULL_ASSISTANCE"));
        assertThat(v.levelRank()).isEqualTo(3);
        assertThat(v.waitingMinutes()).isEqualTo(12);
        assertThat(v.handlingMinutes()).isEqualTo(30);
        double[] cell = visitCell(v);
        assertThat(value(cell, "tasks")).isEqualTo(2);
        assertThat(value(cell, "overridden")).isEqualTo(1);
        assertThat(v.cells()).filteredOn(c -> c.table() == AggregateTable.OVERRIDE_DAY).singleElement()
                .satisfies(c -> assertThat(c.key()).containsExactly(7L, LocalDate.of(2026, 3, 2), 11L, 3L, 1L, "R4",
                        "GUIDED", "FULL_ASSISTANCE", "LANGUAGE_NEED"));
        assertThat(v.cells()).filteredOn(c -> c.table() == AggregateTable.TASK_DAY)
                .allSatisfy(c -> assertThat(c.values()[6]).isEqualTo(15.0));
    }

    @Test
    void feedbackAfterCloseAddsNoVisitOrErrand() {
        ClosedVisit v = visit(4, 9, task("GUIDED", "GUIDED"));
        assertThat(v.feedbackCells()).allSatisfy(c -> assertThat(c.values()[0]).isZero());
        assertThat(value(v.feedbackCells().get(0).values(), "ces_4")).isEqualTo(1);
    }

    @Test
    void noShowHasNoHandlingTime() {
        ClosedVisit v = new ClosedVisit(7, "WALK_IN", "NO_SHOW", ARRIVED, null, ARRIVED.plusMinutes(30), null,
                List.of(), null, null);
        assertThat(v.handlingMinutes()).isNull();
        assertThat(v.levelRank()).isZero();
        assertThat(value(visitCell(v), "no_shows")).isEqualTo(1);
    }
}
