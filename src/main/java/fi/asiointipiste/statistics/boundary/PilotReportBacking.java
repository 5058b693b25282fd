package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.feedback.entity.ParkingLotNote;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.PilotStatus;
import fi.asiointipiste.statistics.control.FilterOptions;
import fi.asiointipiste.statistics.control.PilotTables;
import fi.asiointipiste.statistics.control.TableData;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A pilot's report (statistics/pilot-report.xhtml?id=…&amp;profile=…&amp;measure=…, bookmarkable) and its printout
 * (pilot-report-print.xhtml, small cells suppressed); without an id, the pilots the user may read. The figures come
 * from {@link PilotReports}; the page's filter menus are {@link PilotFilterBacking}'s, the week-by-week section
 * {@link PilotWeeksBacking}'s. The request parameters are {@link PilotReportParameters}.
 */
@Named
@ViewScoped
public class PilotReportBacking extends PilotReportParameters implements Serializable {

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

    private boolean print;
    private PilotReport report;
    private List<Pilot> pilots = List.of();
    private List<PilotReportView.Shown> shown = List.of();
    private PilotMeasure chartMeasure = PilotMeasure.GUIDED_SHARE;

    /** f:viewAction of the page: the report, or the list of pilots without an id (or when the pilot is refused). */
    public void load() {
        dropUnknownFilters(reports);
        if (getId() == null) {
            pilots = reports.readable();
            return;
        }
        try {
            report = reports.report(getId(), getProfile(), getErrands());
        } catch (RefusedAction refused) { // the list of the pilots the user may read takes the report's place
            Messages.error(refused.key());
            report = null;
            pilots = reports.readable();
            return;
        }
        chartMeasure = chosenMeasure(report.pilot());
        shown = report.isStarted() ? PilotReportView.rows(report.figures(), locale(), print) : List.of();
    }

    /** f:viewAction of the printout: the same figures with the small-cell rule applied. */
    public void loadForPrint() {
        print = true;
        load();
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
        exports.send(table, format, getDescription(), "pilot-" + getId() + "-" + table.getId(), locale());
    }

    /** What the figures are of, one line each: the first lines of the exports and the printout. */
    public List<String> getDescription() {
        String profile =
                report.profileId() == null ? null : options.profiles(locale()).get(report.profileId());
        String agency =
                report.agencyId() == null ? null : options.agencies(locale()).get(report.agencyId());
        return PilotReportLines.of(report, profile, agency, locale());
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
        return PilotReportLines.names(points);
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

    Locale locale() {
        return localeSelection.getLocale();
    }
}
