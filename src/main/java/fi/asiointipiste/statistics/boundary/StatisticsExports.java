package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.statistics.control.SmallCells;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.StatisticsQueries;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TableExport;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sends a statistics table as a CSV or XLSX download, the chosen filters written above the table. */
@ApplicationScoped
public class StatisticsExports {

    @Inject
    SignedInStaff staff;

    @Inject
    StatisticsQueries queries;

    public void send(TableData table, String format, StatisticsFilter filter, TimeGrain grain, Locale locale) {
        Function<String, String> translate = key -> Messages.text(locale, key);
        List<String> filters = filterLines(filter, grain, locale);
        boolean xlsx = "xlsx".equals(format);
        byte[] content = xlsx ? TableExport.xlsx(table, translate, filters) : TableExport.csv(table, translate, filters);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"statistics-" + table.getId()
                + "-" + filter.from() + "-" + filter.until() + (xlsx ? ".xlsx" : ".csv") + "\"");
        external.setResponseContentLength(content.length);
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The filters in words, as the first lines of every export and printout (no time grain when null). */
    public List<String> filterLines(StatisticsFilter filter, TimeGrain grain, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(locale, "statistics.filter.period", filter.from().toString(), filter.until().toString()));
        lines.add(Messages.text(locale, "statistics.filter.points", staff.getServicePoints().stream()
                .filter(p -> filter.pointIds().contains(p.getId())).map(ServicePoint::getName)
                .collect(Collectors.joining(", "))));
        if (filter.profileId() != null) {
            lines.add(Messages.text(locale, "statistics.filter.profile", queries.profiles(locale).get(filter.profileId())));
        }
        if (filter.channel() != null) {
            lines.add(Messages.text(locale, "statistics.filter.channel",
                    Messages.text(locale, "Channel." + filter.channel())));
        }
        if (filter.taskId() != null) {
            lines.add(Messages.text(locale, "statistics.filter.task", queries.tasks(locale).get(filter.taskId())));
        }
        if (grain != null) {
            lines.add(Messages.text(locale, "statistics.filter.grain", Messages.text(locale, "TimeGrain." + grain)));
        }
        lines.add(Messages.text(locale, "statistics.filter.privacy", SmallCells.HIDDEN));
        return lines;
    }
}
