package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.platform.i18n.Formats;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The pilot report's week-by-week section: the chart's measure as a line chart and as a table ({@link PilotWeeks}). */
@Named
@RequestScoped
public class PilotWeeksBacking {

    @Inject
    PilotReportBacking page;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Formats formats;

    /** The Chart.js configuration for p:chart; "{}" before the pilot has started. */
    public String getChart() {
        PilotReport report = page.getReport();
        if (report == null || !report.isStarted()) {
            return "{}";
        }
        return PilotWeeks.chart(
                report.figures().weeks().get(page.getChartMeasure()),
                page.getChartMeasure(),
                localeSelection.getLocale(),
                formats::date);
    }

    /** The chart's figures as a table: each week's value and observations at both groups. */
    public List<List<String>> getWeekRows() {
        PilotReport report = page.getReport();
        if (report == null || !report.isStarted()) {
            return List.of();
        }
        return PilotWeeks.rows(
                report.figures().weeks().get(page.getChartMeasure()),
                page.getChartMeasure(),
                localeSelection.getLocale(),
                formats::date);
    }
}
