package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static AggregateCell cell(AggregateTable table, long task, double... values) {
        return new AggregateCell(table, List.of(7L, task, DAY), values);
    }

    @Test
    void cellsWithTheSameKeyAreSummedSoABatchNeverInsertsARowTwice() {
        Map<AggregateTable, Map<List<Object>, double[]>> merged = Aggregates.merged(List.of(
                cell(AggregateTable.TASK_DAY, 11, 1, 2),
                cell(AggregateTable.TASK_DAY, 12, 1, 0),
                cell(AggregateTable.TASK_DAY, 11, 1, 3)));

        Map<List<Object>, double[]> rows = merged.get(AggregateTable.TASK_DAY);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(List.of(7L, 11L, DAY))).containsExactly(2, 5);
        assertThat(rows.get(List.of(7L, 12L, DAY))).containsExactly(1, 0);
    }

    @Test
    void tablesAndRowsKeepTheOrderOfTheirFirstCellAndTheCellsAreNotChanged() {
        AggregateCell first = cell(AggregateTable.VISIT_DAY, 0, 1);
        Map<AggregateTable, Map<List<Object>, double[]>> merged = Aggregates.merged(List.of(
                first,
                cell(AggregateTable.TASK_DAY, 11, 1),
                cell(AggregateTable.VISIT_DAY, 11, 1),
                cell(AggregateTable.VISIT_DAY, 0, 1)));

        assertThat(merged.keySet()).containsExactly(AggregateTable.VISIT_DAY, AggregateTable.TASK_DAY);
        assertThat(merged.get(AggregateTable.VISIT_DAY).keySet())
                .containsExactly(List.of(7L, 0L, DAY), List.of(7L, 11L, DAY));
        assertThat(merged.get(AggregateTable.VISIT_DAY).get(List.of(7L, 0L, DAY)))
                .containsExactly(2);
        assertThat(first.values()).containsExactly(1);
    }

    @Test
    void aClosedVisitsCellsMergeToOneRowPerKeyWithNothingLost() {
        LocalDateTime arrived = DAY.atTime(9, 50);
        ClosedVisit.Task same = new ClosedVisit.Task(11, "GUIDED", "GUIDED", null, "DONE", Boolean.TRUE, 1L, "R4");
        ClosedVisit visit = new ClosedVisit(
                7,
                "WALK_IN",
                "DONE",
                arrived,
                arrived.plusMinutes(12),
                arrived.plusMinutes(42),
                3L,
                List.of(same, same),
                4,
                8);
        List<AggregateCell> cells = visit.cells();
        Map<AggregateTable, Map<List<Object>, double[]>> merged = Aggregates.merged(cells);

        for (AggregateTable table : AggregateTable.values()) {
            double cellSum = cells.stream()
                    .filter(c -> c.table() == table)
                    .flatMapToDouble(c -> java.util.Arrays.stream(c.values()))
                    .sum();
            double mergedSum = merged.getOrDefault(table, Map.of()).values().stream()
                    .flatMapToDouble(java.util.Arrays::stream)
                    .sum();
            assertThat(mergedSum).as(table.name()).isEqualTo(cellSum);
        }
        // the two equal errands share their task rows: fewer rows than cells
        assertThat(merged.get(AggregateTable.TASK_DAY)).hasSizeLessThan((int)
                cells.stream().filter(c -> c.table() == AggregateTable.TASK_DAY).count());
    }
}
