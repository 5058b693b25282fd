package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import fi.asiointipiste.statistics.control.Difference;
import fi.asiointipiste.statistics.control.PilotFigures;
import fi.asiointipiste.statistics.control.PilotTables;
import fi.asiointipiste.statistics.control.SmallCells;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A pilot report's measures as the page and the printout show them, formatted in the user's language: each value
 * with the errands, visits or answers it is of, the changes and the difference in differences with its 95 %
 * interval, the verdict, and where the interval lies against zero (the small plot beside it). The page shows exact
 * figures to the user of these points, as the statistics pages do; the printout follows the small-cell rule.
 */
public final class PilotReportView {

    /** One measure's line; texts are ready to print ("" = no data, "–" = withheld, "&lt;5" = a small count). */
    public record Shown(
            PilotMeasure measure,
            boolean deciding,
            String goal,
            String pilotBefore,
            String pilotBeforeN,
            String pilotDuring,
            String pilotDuringN,
            String pilotChange,
            String comparisonBefore,
            String comparisonBeforeN,
            String comparisonDuring,
            String comparisonDuringN,
            String comparisonChange,
            String difference,
            String interval,
            String verdict,
            Plot plot)
            implements Serializable {

        public boolean hasDifference() {
            return !difference.isEmpty() && !difference.equals(SmallCells.WITHHELD);
        }
    }

    /**
     * The interval on a scale of 0–100 centred on zero (50), wide enough for the interval and the minimum change;
     * goal is where the minimum change lies in the wanted direction (null without one).
     */
    public record Plot(double low, double high, double estimate, Double goal) implements Serializable {}

    private PilotReportView() {}

    public static List<Shown> rows(PilotFigures figures, Locale locale, boolean suppress) {
        Map<PilotMeasure, boolean[]> hidden = suppress ? PilotTables.hidden(figures) : Map.of();
        List<Shown> rows = new ArrayList<>();
        for (PilotFigures.Row r : figures.rows()) {
            boolean[] h = hidden.getOrDefault(r.measure(), new boolean[4]);
            PilotMeasure m = r.measure();
            boolean any = h[0] || h[1] || h[2] || h[3];
            Difference did = any ? null : r.difference();
            rows.add(new Shown(
                    m,
                    r.isDeciding(),
                    goal(r.criterion(), locale),
                    value(m, r.pilotBefore(), h[0], locale),
                    count(r.pilotBefore(), h[0], locale),
                    value(m, r.pilotDuring(), h[1], locale),
                    count(r.pilotDuring(), h[1], locale),
                    change(m, r.pilotChange(), h[0] || h[1], locale),
                    value(m, r.comparisonBefore(), h[2], locale),
                    count(r.comparisonBefore(), h[2], locale),
                    value(m, r.comparisonDuring(), h[3], locale),
                    count(r.comparisonDuring(), h[3], locale),
                    change(m, r.comparisonChange(), h[2] || h[3], locale),
                    change(m, r.difference(), any, locale),
                    did == null ? "" : number(m, did.low(), true, locale) + " … " + number(m, did.high(), true, locale),
                    r.verdict() == null ? null : r.verdict().name(),
                    did == null ? null : plot(did, r.criterion())));
        }
        return rows;
    }

    /** A value in the measure's unit: shares, minutes and NPS with one decimal, CES with two. */
    static String number(PilotMeasure measure, double value, boolean signed, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = measure.unit() == PilotMeasure.Unit.SCORE ? 2 : 1;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String text = format.format(value);
        double shown = Math.round(value * Math.pow(10, decimals));
        return signed && shown > 0 ? "+" + text : text;
    }

    static Plot plot(Difference d, SuccessCriterion criterion) {
        double goal = criterion == null || criterion.getMinimumChange() == 0
                ? 0
                : criterion.towardsGoal(criterion.getMinimumChange());
        double reach = Math.max(Math.max(Math.abs(d.low()), Math.abs(d.high())), Math.abs(goal)) * 1.1;
        if (reach == 0) {
            reach = 1;
        }
        double scale = 50 / reach;
        return new Plot(
                50 + d.low() * scale,
                50 + d.high() * scale,
                50 + d.estimate() * scale,
                goal == 0 ? null : 50 + goal * scale);
    }

    private static String goal(SuccessCriterion c, Locale locale) {
        if (c == null) {
            return null;
        }
        String direction = Messages.text(locale, "pilots.direction." + c.getDirection());
        return c.getMinimumChange() == 0
                ? direction
                : Messages.text(
                        locale,
                        "pilots.goal.atLeast",
                        direction,
                        number(c.getMeasure(), c.getMinimumChange(), false, locale),
                        Messages.text(locale, "pilots.unit." + c.getMeasure().unit()));
    }

    private static String value(PilotMeasure m, PilotFigures.Cell cell, boolean hidden, Locale locale) {
        return hidden ? SmallCells.WITHHELD : cell.value() == null ? "" : number(m, cell.value(), false, locale);
    }

    private static String count(PilotFigures.Cell cell, boolean hidden, Locale locale) {
        if (hidden && cell.observations() > 0 && cell.observations() < 5) {
            return SmallCells.HIDDEN;
        }
        return NumberFormat.getIntegerInstance(locale).format(cell.observations());
    }

    private static String change(PilotMeasure m, Difference d, boolean hidden, Locale locale) {
        return hidden ? SmallCells.WITHHELD : d == null ? "" : number(m, d.estimate(), true, locale);
    }
}
