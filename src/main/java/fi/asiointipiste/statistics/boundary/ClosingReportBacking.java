package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TableExport;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The daily closing report page (front-desk/closing-report.xhtml?point=…&amp;day=…): the report on screen, printable,
 * and each table as CSV or XLSX (the statistics' own writer, without small-cell suppression: these are the point's
 * own figures for its staff, not published statistics).
 */
@Named
@ViewScoped
public class ClosingReportBacking implements Serializable {

    @Inject
    ClosingReports reports;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    LocaleSelection locale;

    private Long pointId;
    private LocalDate day;
    private ClosingReports.Report report;

    /** f:viewAction: the asked point if it is theirs (else the user's first) and day (else today). */
    public void load() {
        List<ServicePoint> mine = staff.getServicePoints();
        if (pointId != null && mine.stream().noneMatch(p -> p.getId().equals(pointId))) {
            // Another point's id in the address (issue 12): the user's own point, with the message (was a 500).
            Messages.error("frontDesk.pointNotYours");
            pointId = null;
        }
        if (pointId == null && !mine.isEmpty()) {
            pointId = mine.get(0).getId();
        }
        if (day == null || day.isAfter(clock.today())) {
            day = clock.today();
        }
        if (pointId != null) {
            report = reports.of(staff.actor(), pointId, day);
        }
    }

    public void export(String tableId, String format) {
        if (report == null) {
            return;
        }
        TableData table = "channels".equals(tableId) ? report.channels() : report.figures();
        Function<String, String> translate = key -> Messages.text(locale.getLocale(), key);
        List<String> lines = List.of(report.point().getName(), day.toString());
        boolean xlsx = "xlsx".equals(format);
        byte[] content = xlsx
                ? TableExport.xlsx(table, translate, lines, false)
                : TableExport.csv(table, translate, lines, false);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"closing-" + report.point().getCode() + "-" + day + "-" + tableId
                        + (xlsx ? ".xlsx" : ".csv") + "\"");
        external.setResponseContentLength(content.length);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public String text(String key) {
        return TableData.text(key, k -> Messages.text(locale.getLocale(), k));
    }

    public List<ServicePoint> getPoints() {
        return staff.getServicePoints();
    }

    public ClosingReports.Report getReport() {
        return report;
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
