package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.statistics.control.FilterDescription;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TableExport;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Sends a statistics table as a CSV or XLSX download, the chosen filters written above the table. */
@ApplicationScoped
public class StatisticsExports {

    @Inject
    SignedInStaff staff;

    @Inject
    FilterDescription description;

    /** grain: null where the figures have none (no line for it above the table). */
    public void send(TableData table, String format, StatisticsFilter filter, TimeGrain grain, Locale locale) {
        send(
                table,
                format,
                description.lines(filter, grain, locale, staff.getServicePoints()),
                "statistics-" + table.getId() + "-" + filter.from() + "-" + filter.until(),
                locale);
    }

    /** The table under the given lines (what it shows: filters, periods), as {@code fileName}.csv or .xlsx. */
    public void send(TableData table, String format, List<String> filters, String fileName, Locale locale) {
        Function<String, String> translate = key -> Messages.text(locale, key);
        boolean xlsx = "xlsx".equals(format);
        byte[] content =
                xlsx ? TableExport.xlsx(table, translate, filters) : TableExport.csv(table, translate, filters);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"" + fileName + (xlsx ? ".xlsx" : ".csv") + "\"");
        external.setResponseContentLength(content.length);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
