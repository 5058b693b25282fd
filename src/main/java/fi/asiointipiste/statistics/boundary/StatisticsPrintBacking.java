package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.security.SignedInStaff;
import fi.asiointipiste.statistics.control.Dashboard;
import fi.asiointipiste.statistics.control.SmallCells;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.StatisticsQueries;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The printable report: the same filters as the statistics page (as GET parameters), every table with small
 * cells suppressed as in the exports.
 */
@Named
@RequestScoped
public class StatisticsPrintBacking {

    @Inject
    StatisticsQueries queries;

    @Inject
    StatisticsExports exports;

    @Inject
    SignedInStaff staff;

    private String from;
    private String until;
    private String points;
    private Long profile;
    private String channel;
    private Long task;
    private String grain;
    private Dashboard dashboard;
    private List<String> filterLines = List.of();

    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            List<Long> allowed = staff.getServicePoints().stream().map(ServicePoint::getId).toList();
            List<Long> chosen = points == null || points.isBlank() ? allowed
                    : Arrays.stream(points.split(",")).map(String::trim).map(Long::valueOf).toList();
            if (!allowed.containsAll(chosen)) {
                Messages.error("statistics.error.points");
                return;
            }
            TimeGrain timeGrain = grain == null ? TimeGrain.WEEK : TimeGrain.valueOf(grain);
            StatisticsFilter filter = new StatisticsFilter(chosen, LocalDate.parse(from), LocalDate.parse(until),
                    profile, channel == null || channel.isBlank() ? null : channel, task);
            dashboard = queries.dashboard(filter, timeGrain, locale);
            filterLines = exports.filterLines(filter, timeGrain, locale);
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            Messages.error("statistics.error.period");
        }
    }

    public List<List<Object>> cells(TableData table) {
        return SmallCells.suppress(table);
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<String> getFilterLines() {
        return filterLines;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public Long getProfile() {
        return profile;
    }

    public void setProfile(Long profile) {
        this.profile = profile;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }

    public String getGrain() {
        return grain;
    }

    public void setGrain(String grain) {
        this.grain = grain;
    }
}
