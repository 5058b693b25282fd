package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.statistics.control.PilotFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One pilot measure week by week at the pilot and the comparison points: the Chart.js line chart (for p:chart) and
 * the same figures as the table beside it. Dates are written by the caller's date format.
 */
public final class PilotWeeks {

    static final String[] COLOURS = {"#1b5e91", "#8a4b08"};

    private PilotWeeks() {}

    public static String chart(
            List<PilotFigures.Week> weeks, PilotMeasure measure, Locale l, Function<LocalDate, String> date) {
        String labels = weeks.stream()
                .map(w -> ChartJson.string(date.apply(w.monday())))
                .collect(Collectors.joining(","));
        String pilot = weeks.stream().map(w -> number(w.pilot().value())).collect(Collectors.joining(","));
        String comparison =
                weeks.stream().map(w -> number(w.comparison().value())).collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(Messages.text(l, "pilots.report.pilotPoints"), pilot, COLOURS[0], "[]") + ","
                + dataset(Messages.text(l, "pilots.report.comparisonPoints"), comparison, COLOURS[1], "[6,4]")
                + "]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"spanGaps\":true,\"scales\":{\"y\":{\"title\":{\"display\":true,\"text\":"
                + ChartJson.string(Messages.text(l, "PilotMeasure." + measure) + " ("
                        + Messages.text(l, "pilots.unit." + measure.unit()) + ")")
                + "}}}}}";
    }

    /** Each week: its Monday, before/during, the pilot points' value and observations, the comparison points'. */
    public static List<List<String>> rows(
            List<PilotFigures.Week> weeks, PilotMeasure measure, Locale l, Function<LocalDate, String> date) {
        List<List<String>> rows = new ArrayList<>();
        for (PilotFigures.Week w : weeks) {
            rows.add(Arrays.asList(
                    date.apply(w.monday()),
                    Messages.text(l, w.during() ? "pilots.report.during" : "pilots.report.before"),
                    value(measure, w.pilot(), l),
                    String.valueOf(w.pilot().observations()),
                    value(measure, w.comparison(), l),
                    String.valueOf(w.comparison().observations())));
        }
        return rows;
    }

    private static String value(PilotMeasure measure, PilotFigures.Cell cell, Locale l) {
        return cell.value() == null ? "" : PilotReportView.number(measure, cell.value(), false, l);
    }

    private static String dataset(String label, String data, String colour, String dash) {
        return "{\"label\":" + ChartJson.string(label) + ",\"data\":[" + data + "],\"borderColor\":\"" + colour
                + "\",\"backgroundColor\":\"" + colour + "\",\"borderDash\":" + dash + ",\"fill\":false}";
    }

    static String number(Double value) {
        return value == null ? "null" : String.valueOf(Math.round(value * 100) / 100.0);
    }
}
