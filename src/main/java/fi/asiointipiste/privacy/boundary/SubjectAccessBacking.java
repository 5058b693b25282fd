package fi.asiointipiste.privacy.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * admin/subject.xhtml: the subject-access report of one person, found by identity code or customer number (typed in
 * the form, never in the address), printable (the page has a print style) and exportable as CSV.
 */
@Named
@ViewScoped
public class SubjectAccessBacking implements Serializable {

    @Inject
    SubjectAccess subjectAccess;

    private String query;
    private transient SubjectAccess.Report report;

    public void show() {
        report = null; // stays empty when refused
        report = subjectAccess.report(query);
        query = null; // the identity code is not kept in the form (nor in the view's state) once the report is shown
    }

    /** The shown report as a CSV download. */
    public void export() {
        if (report == null) {
            Messages.error("privacy.subject.nothingToExport");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        byte[] content = SubjectAccess.csv(report, key -> Messages.text(locale, key));
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"subject-access-" + report.customer().getId() + ".csv\"");
        external.setResponseContentLength(content.length);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public SubjectAccess.Report getReport() {
        return report;
    }

    // The page reads the report through these: Jakarta EL 5 does not resolve a record's accessors as properties.

    public fi.asiointipiste.customers.entity.Customer getCustomer() {
        return report == null ? null : report.customer();
    }

    public java.time.LocalDate getBirthDate() {
        return report == null ? null : report.birthDate();
    }

    public java.util.List<fi.asiointipiste.visits.entity.Visit> getVisits() {
        return report == null ? java.util.List.of() : report.visits();
    }

    public java.util.List<fi.asiointipiste.visits.entity.Appointment> getAppointments() {
        return report == null ? java.util.List.of() : report.appointments();
    }

    public java.util.List<fi.asiointipiste.audit.entity.AuditEvent> getReads() {
        return report == null ? java.util.List.of() : report.reads();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
