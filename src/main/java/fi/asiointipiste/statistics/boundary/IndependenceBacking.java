package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.security.SignedInStaff;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.IndependenceQueries;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.StatisticsQueries;
import fi.asiointipiste.statistics.control.TableData;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Independence over time: how returning customers' support level and self-done share change from visit to
 * visit, for the chosen period, points (only those the supervisor works at) and profile. Bookmarkable as
 * {@code ?from=2026-01-01&until=2026-03-31&points=1,2&profile=3}.
 */
@Named
@ViewScoped
public class IndependenceBacking implements Serializable {

    @Inject
    IndependenceQueries queries;

    @Inject
    StatisticsQueries statistics;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    StatisticsExports exports;

    private LocalDate from;
    private LocalDate until;
    private List<Long> points = new ArrayList<>();
    private Long profileId;
    private String fromParam;
    private String untilParam;
    private String pointsParam;
    private String profileParam;
    private Map<String, TableData> tables = Map.of();

    @PostConstruct
    void init() {
        until = clock.today();
        from = until.minusDays(364);
        points = allowedIds();
        profileId = null;
    }

    /** First render: reads the query parameters; a bad one is reported and the defaults are shown. */
    public void load() {
        try {
            if (present(fromParam)) {
                from = LocalDate.parse(fromParam.strip());
            }
            if (present(untilParam)) {
                until = LocalDate.parse(untilParam.strip());
            }
            if (present(profileParam)) {
                profileId = Long.valueOf(profileParam.strip());
                if (!statistics.profiles(locale()).containsKey(profileId)) {
                    throw new NumberFormatException("no profile " + profileId);
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            Messages.error("statistics.independence.error.filter");
            init();
        }
        if (from.isAfter(until)) {
            Messages.error("statistics.error.period");
            init();
        }
        if (present(pointsParam)) {
            try {
                List<Long> asked = new ArrayList<>();
                for (String id : pointsParam.split(",")) {
                    asked.add(Long.valueOf(id.strip()));
                }
                if (asked.isEmpty() || !allowedIds().containsAll(asked)) {
                    Messages.error("statistics.error.points");
                } else {
                    points = asked;
                }
            } catch (NumberFormatException e) {
                Messages.error("statistics.error.points");
            }
        }
        refresh();
    }

    public void apply() {
        if (from == null || until == null || from.isAfter(until)) {
            Messages.error("statistics.error.period");
            return;
        }
        if (points.isEmpty() || !allowedIds().containsAll(points)) {
            Messages.error("statistics.error.points");
            points = allowedIds();
            return;
        }
        refresh();
    }

    private void refresh() {
        tables = queries.tables(filter());
    }

    StatisticsFilter filter() {
        List<Long> allowed = allowedIds();
        return new StatisticsFilter(points.stream().filter(allowed::contains).toList(), from, until, profileId,
                null, null);
    }

    private List<Long> allowedIds() {
        return new ArrayList<>(staff.getServicePoints().stream().map(ServicePoint::getId).toList());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public void export(String tableId, String format) {
        TableData table = tables.get(tableId);
        if (table == null) {
            Messages.error("statistics.error.export");
            return;
        }
        exports.send(table, format, filter(), null, locale());
    }

    public String text(String key) {
        return key == null ? "" : key.startsWith("#") ? key.substring(1) : Messages.text(locale(), key);
    }

    public String chart(String tableId, int labelColumn, String columns, String type) {
        return ChartJson.of(tables.get(tableId), labelColumn, columns, type, this::text);
    }

    public TableData table(String id) {
        return tables.get(id);
    }

    public Map<String, TableData> getById() {
        return tables;
    }

    public List<ServicePoint> getPointOptions() {
        return staff.getServicePoints();
    }

    public Map<Long, String> getProfileOptions() {
        return statistics.profiles(locale());
    }

    /** The chosen points for links: ids separated by commas. */
    public String getPointList() {
        return String.join(",", points.stream().map(String::valueOf).toList());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public List<Long> getPoints() {
        return points;
    }

    public void setPoints(List<Long> points) {
        this.points = points == null ? new ArrayList<>() : new ArrayList<>(points);
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public String getUntilParam() {
        return untilParam;
    }

    public void setUntilParam(String untilParam) {
        this.untilParam = untilParam;
    }

    public String getPointsParam() {
        return pointsParam;
    }

    public void setPointsParam(String pointsParam) {
        this.pointsParam = pointsParam;
    }

    public String getProfileParam() {
        return profileParam;
    }

    public void setProfileParam(String profileParam) {
        this.profileParam = profileParam;
    }
}
