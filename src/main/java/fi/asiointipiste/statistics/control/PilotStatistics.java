package fi.asiointipiste.statistics.control;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a pilot report's figures from point-day observations: each measure's numerator and denominator of one
 * point on one day (see {@link ClusteredRatio}). A point is a pilot or a comparison point, a day lies before or
 * during the pilot; anything else is ignored. Values are given in the measure's unit: shares and NPS × 100.
 */
final class PilotStatistics {

    private static final int PILOT_BEFORE = 0;
    private static final int PILOT_DURING = 1;
    private static final int COMPARISON_BEFORE = 2;
    private static final int COMPARISON_DURING = 3;

    private final Set<Long> pilotPoints;
    private final Set<Long> comparisonPoints;
    private final ReportPeriods periods;
    private final Map<PilotMeasure, ClusteredRatio[]> cells = new EnumMap<>(PilotMeasure.class);
    /** Per measure and week: the pilot points' and the comparison points' point-days of that week. */
    private final Map<PilotMeasure, Map<LocalDate, ClusteredRatio[]>> weeks = new EnumMap<>(PilotMeasure.class);

    PilotStatistics(Set<Long> pilotPoints, Set<Long> comparisonPoints, ReportPeriods periods) {
        this.pilotPoints = Set.copyOf(pilotPoints);
        this.comparisonPoints = Set.copyOf(comparisonPoints);
        this.periods = periods;
        for (PilotMeasure m : PilotMeasure.values()) {
            cells.put(m, new ClusteredRatio[] {
                new ClusteredRatio(), new ClusteredRatio(), new ClusteredRatio(), new ClusteredRatio()
            });
            weeks.put(m, new TreeMap<>());
        }
    }

    /** One point-day of one measure: y of x (e.g. 3 overridden of 40 errands; 410 waiting minutes of 38 visits). */
    PilotStatistics add(PilotMeasure measure, long pointId, LocalDate day, double y, double x) {
        boolean pilot = pilotPoints.contains(pointId);
        if (!pilot && !comparisonPoints.contains(pointId) || x <= 0) {
            return this;
        }
        boolean during = periods.during(day);
        if (!during && !periods.before(day)) {
            return this;
        }
        cells.get(measure)[(pilot ? PILOT_BEFORE : COMPARISON_BEFORE) + (during ? 1 : 0)].add(y, x);
        weeks.get(measure)
                .computeIfAbsent(day.with(DayOfWeek.MONDAY), d ->
                        new ClusteredRatio[] {new ClusteredRatio(), new ClusteredRatio()})[pilot ? 0 : 1]
                .add(y, x);
        return this;
    }

    PilotFigures figures(List<SuccessCriterion> criteria) {
        Map<PilotMeasure, SuccessCriterion> deciding = new EnumMap<>(PilotMeasure.class);
        criteria.forEach(c -> deciding.put(c.getMeasure(), c));
        List<PilotFigures.Row> rows = new ArrayList<>();
        Map<PilotMeasure, List<PilotFigures.Week>> series = new EnumMap<>(PilotMeasure.class);
        for (PilotMeasure m : PilotMeasure.values()) {
            ClusteredRatio[] c = cells.get(m);
            double scale = scale(m);
            Difference did = Difference.inDifferences(
                    c[PILOT_DURING], c[PILOT_BEFORE], c[COMPARISON_DURING], c[COMPARISON_BEFORE], scale);
            SuccessCriterion criterion = deciding.get(m);
            rows.add(new PilotFigures.Row(
                    m,
                    cell(m, c[PILOT_BEFORE]),
                    cell(m, c[PILOT_DURING]),
                    cell(m, c[COMPARISON_BEFORE]),
                    cell(m, c[COMPARISON_DURING]),
                    Difference.between(c[PILOT_DURING], c[PILOT_BEFORE], scale),
                    Difference.between(c[COMPARISON_DURING], c[COMPARISON_BEFORE], scale),
                    did,
                    criterion,
                    criterion == null ? null : PilotFigures.verdict(criterion, did)));
            List<PilotFigures.Week> list = new ArrayList<>();
            weeks.get(m)
                    .forEach((monday, w) -> list.add(new PilotFigures.Week(
                            monday,
                            cell(m, w[0]),
                            cell(m, w[1]),
                            !monday.plusDays(6).isBefore(periods.duringFrom()))));
            series.put(m, list);
        }
        return new PilotFigures(periods, rows, series);
    }

    /** Shares and NPS are given in percent (differences in percentage points); minutes and CES as they are. */
    static double scale(PilotMeasure measure) {
        return switch (measure.unit()) {
            case PERCENT, NPS -> 100;
            case MINUTES, SCORE -> 1;
        };
    }

    private static PilotFigures.Cell cell(PilotMeasure m, ClusteredRatio r) {
        Double estimate = r.estimate();
        return new PilotFigures.Cell(
                estimate == null ? null : scale(m) * estimate,
                Math.round(r.observations()),
                m.unit() == PilotMeasure.Unit.PERCENT ? Math.round(r.numerator()) : null,
                r.clusters());
    }
}
