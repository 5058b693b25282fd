package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.FilterOptions;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every statistics page offers its markup (includes/statistics/table.xhtml works with either bean): the
 * filter of the address, the points the user works at (the only ones ever queried), texts, and the charts and
 * exports of the page's tables.
 */
public abstract class StatisticsPage implements Serializable {

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    FilterOptions options;

    @Inject
    StatisticsExports exports;

    @Inject
    StatisticsParameters parameters;

    /** The table with this id as the page shows it, or null. */
    public abstract TableData table(String id);

    /** The time grain the page's figures are grouped by, or null where they have none. */
    protected abstract TimeGrain grain();

    public void export(String tableId, String format) {
        TableData table = table(tableId);
        if (table == null) {
            Messages.error("statistics.error.export");
            return;
        }
        exports.send(table, format, filter(), grain(), locale());
    }

    public String text(String key) {
        return TableData.text(key, k -> Messages.text(locale(), k));
    }

    public String chart(String tableId, int labelColumn, String columns, String type) {
        return ChartJson.of(table(tableId), labelColumn, columns, type, this::text);
    }

    public List<ServicePoint> getPointOptions() {
        return staff.getServicePoints();
    }

    public Map<Long, String> getProfileOptions() {
        return options.profiles(locale());
    }

    public StatisticsParameters getFilter() {
        return parameters;
    }

    StatisticsFilter filter() {
        return parameters.filter(allowedIds());
    }

    List<Long> allowedIds() {
        return staff.getServicePoints().stream().map(ServicePoint::getId).toList();
    }

    /** The user's language (the view root's too, from SessionLocaleViewHandler and LocaleSelection.switchTo). */
    Locale locale() {
        return localeSelection.getLocale();
    }
}
