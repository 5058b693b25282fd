package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Formats;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.PilotStatus;
import fi.asiointipiste.statistics.control.FilterOptions;
import fi.asiointipiste.statistics.control.PilotFigures;
import fi.asiointipiste.statistics.control.PilotTables;
import fi.asiointipiste.statistics.control.SmallCells;
import fi.asiointipiste.statistics.control.TableData;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pilot's report (statistics/pilot-report.xhtml?id=…&amp;profile=…&amp;measure=…, bookmarkable) and its printout
 * (pilot-report-print.xhtml, small cells suppressed); without an id, the pilots the user may read. The figures come
 * from {@link PilotReports}; the page shows the success measures' verdicts, every measure with its difference in
 * differences, one measure week by week (chart and table), and the pilot points' parking-lot notes.
 */
@Named
@ViewScoped
public class PilotReportBacking implements Serializable {

    static final String[] COLOURS = {"#1b5e91", "#8a4b08"};

    @Inject
    PilotReports reports;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    StatisticsExports exports;

    @Inject
    FilterOptions options;

    @Inject
    ServiceClock clock;

    @Inject
    Formats formats;

    private Long id;
    private String profile;
    private String errands;
    private String measure;
    private boolean print;
    private PilotReport report;
    private List<Pilot> pilots = List.of();
    private List<PilotReportView.Shown> shown = List.of();
    private PilotMeasure chartMeasure = PilotMeasure.GUIDED_SHARE;

    /** f:viewAction of the page: the report, or the list of pilots without an id (or when the pilot is refused). */
    public void load() {
        if (reports.isUnknownProfile(profile)) {
            Messages.error("statistics.error.filter");
            profile = null;
        }
        if (reports.isUnknownAgency(errands)) {
            Messages.error("statistics.error.filter");
            errands = null;
        }
        if (id == null) {
            pilots = reports.readable();
            return;
        }
        try {
            report = reports.report(id, profile, errands);
        } catch (RefusedAction refused) { // the list of the pilots the user may read takes the report's place
            Messages.error(refused.key());
            report = null;
            pilots = reports.readable();
            return;
        }
        chartMeasure = chosenMeasure();
        shown = report.isStarted() ? PilotReportView.rows(report.figures(), locale(), print) : List.of();
    }

    /** f:viewAction of the printout: the same figures with the small-cell rule applied. */
    public void loadForPrint() {
        print = true;
        load();
    }

    private PilotMeasure chosenMeasure() {
        if (measure != null) {
            try {
                return PilotMeasure.valueOf(measure);
            } catch (IllegalArgumentException e) {
                Messages.error("statistics.error.filter");
            }
        }
        return report.pilot().getCriteria().isEmpty()
                ? PilotMeasure.GUIDED_SHARE
                : report.pilot().getCriteria().get(0).getMeasure();
    }

    /** The a:exports buttons: the measures table, or the chart's measure week by week. */
    public void export(String tableId, String format) {
        if (report == null || !report.isStarted()) {
            Messages.error("statistics.error.export");
            return;
        }
        TableData table = "pilot-weeks".equals(tableId)
                ? PilotTables.weeks(report.figures(), chartMeasure)
                : PilotTables.measures(report.figures());
        exports.send(table, format, getDescription(), "pilot-" + id + "-" + table.getId(), locale());
    }

    /** What the figures are of, one line each: the first lines of the exports and the printout. */
    public List<String> getDescription() {
        Locale l = locale();
        Pilot p = report.pilot();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(
                l,
                "pilots.report.line.pilot",
                p.getName(),
                p.getRuleSet().getVersionNo(),
                p.getRuleSet().getName()));
        lines.add(Messages.text(l, "pilots.report.line.pilotPoints", names(p.getPilotPoints())));
        lines.add(Messages.text(l, "pilots.report.line.comparisonPoints", names(p.getComparisonPoints())));
        if (report.periods() != null) {
            lines.add(Messages.text(
                    l,
                    "pilots.report.line.periods",
                    report.periods().beforeFrom().toString(),
                    report.periods().beforeUntil().toString(),
                    report.periods().duringFrom().toString(),
                    report.periods().duringUntil().toString()));
        }
        lines.add(
                report.profileId() == null
                        ? Messages.text(l, "pilots.report.line.allProfiles")
                        : Messages.text(
                                l,
                                "statistics.filter.profile",
                                getProfileOptions().get(report.profileId())));
        lines.add(
                report.agencyId() == null
                        ? Messages.text(l, "pilots.report.line.allErrands")
                        : Messages.text(
                                l,
                                "pilots.report.line.errands",
                                getAgencyOptions().get(report.agencyId())));
        lines.add(Messages.text(l, "pilots.report.line.method"));
        lines.add(Messages.text(l, "statistics.filter.privacy", SmallCells.HIDDEN));
        return lines;
    }

    /** The chart's measure week by week at the pilot and the comparison points (Chart.js line chart for p:chart). */
    public String getChart() {
        if (report == null || !report.isStarted()) {
            return "{}";
        }
        List<PilotFigures.Week> weeks = report.figures().weeks().get(chartMeasure);
        String labels = weeks.stream().map(w -> json(formats.date(w.monday()))).collect(Collectors.joining(","));
        String pilot = weeks.stream().map(w -> number(w.pilot().value())).collect(Collectors.joining(","));
        String comparison =
                weeks.stream().map(w -> number(w.comparison().value())).collect(Collectors.joining(","));
        Locale l = locale();
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(Messages.text(l, "pilots.report.pilotPoints"), pilot, COLOURS[0], "[]") + ","
                + dataset(Messages.text(l, "pilots.report.comparisonPoints"), comparison, COLOURS[1], "[6,4]")
                + "]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"spanGaps\":true,\"scales\":{\"y\":{\"title\":{\"display\":true,\"text\":"
                + json(Messages.text(l, "PilotMeasure." + chartMeasure) + " ("
                        + Messages.text(l, "pilots.unit." + chartMeasure.unit()) + ")")
                + "}}}}}";
    }

    private static String dataset(String label, String data, String colour, String dash) {
        return "{\"label\":" + json(label) + ",\"data\":[" + data + "],\"borderColor\":\"" + colour
                + "\",\"backgroundColor\":\"" + colour + "\",\"borderDash\":" + dash + ",\"fill\":false}";
    }

    private static String number(Double value) {
        return value == null ? "null" : String.valueOf(Math.round(value * 100) / 100.0);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
    }

    /** The chart's figures as a table: each week's value and observations at both groups. */
    public List<List<String>> getWeekRows() {
        if (report == null || !report.isStarted()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (PilotFigures.Week w : report.figures().weeks().get(chartMeasure)) {
            rows.add(Arrays.asList(
                    formats.date(w.monday()),
                    Messages.text(locale(), w.during() ? "pilots.report.during" : "pilots.report.before"),
                    w.pilot().value() == null
                            ? ""
                            : PilotReportView.number(chartMeasure, w.pilot().value(), false, locale()),
                    String.valueOf(w.pilot().observations()),
                    w.comparison().value() == null
                            ? ""
                            : PilotReportView.number(
                                    chartMeasure, w.comparison().value(), false, locale()),
                    String.valueOf(w.comparison().observations())));
        }
        return rows;
    }

    public String status() {
        return report.pilot().statusOn(clock.today()).name();
    }

    public PilotStatus statusOf(Pilot pilot) {
        return pilot.statusOn(clock.today());
    }

    /** The name of the point a parking-lot note came from. */
    public String pointName(ParkingLotNote note) {
        return report.pilot().getPilotPoints().stream()
                .filter(p -> p.getId().equals(note.getServicePointId()))
                .map(ServicePoint::getName)
                .findFirst()
                .orElse("");
    }

    public String names(List<ServicePoint> points) {
        return points.stream().map(ServicePoint::getName).collect(Collectors.joining(", "));
    }

    public Map<Long, String> getProfileOptions() {
        return options.profiles(locale());
    }

    public List<PilotMeasure> getMeasureOptions() {
        return List.of(PilotMeasure.values());
    }

    public List<PilotReportView.Shown> getShown() {
        return shown;
    }

    /** The lines of the measures that decide success. */
    public List<PilotReportView.Shown> getDeciding() {
        return shown.stream().filter(PilotReportView.Shown::deciding).toList();
    }

    public PilotReport getReport() {
        return report;
    }

    public List<Pilot> getPilots() {
        return pilots;
    }

    public PilotMeasure getChartMeasure() {
        return chartMeasure;
    }

    public boolean isPrint() {
        return print;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getProfile() {
        return profile;
    }

    /** The value of the "customers" menu that is in force: "all" or the profile's id. */
    public String getCustomersChoice() {
        return report == null || report.profileId() == null ? PilotReports.ALL : String.valueOf(report.profileId());
    }

    /** The value of the "errands" menu that is in force: "all" or the agency's id. */
    public String getErrandsChoice() {
        return report == null || report.agencyId() == null ? PilotReports.ALL : String.valueOf(report.agencyId());
    }

    public Map<Long, String> getAgencyOptions() {
        return options.agencies(locale());
    }

    public String getErrands() {
        return errands;
    }

    public void setErrands(String errands) {
        this.errands = errands;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    Locale locale() {
        return localeSelection.getLocale();
    }
}
