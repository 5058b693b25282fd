package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.statistics.control.FilterParser;
import fi.asiointipiste.statistics.control.ReportingPeriod;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The filter every statistics view shares, as it travels in the query string (parsed by {@link FilterParser}):
 * the raw parameters set by {@code f:viewParam}, read once in {@link #read}, and the typed values the filter
 * form edits. A bad parameter gets a translated message and falls back to the default; nothing else changes.
 */
@Dependent
public class StatisticsParameters implements Serializable {

    private String fromParam;
    private String untilParam;
    private String pointsParam;
    private String profileParam;
    private String channelParam;
    private String taskParam;
    private String grainParam;
    private String ruleParam;

    private LocalDate from;
    private LocalDate until;
    private List<Long> points = new ArrayList<>();
    private Long profileId;
    private String channel;
    private Long taskId;
    private TimeGrain grain = TimeGrain.WEEK;
    private Long ruleSetId;
    private String ruleId;

    /** Parses the query string; the default is the last 90 days at every point the user works at. */
    public void read(List<Long> allowed, LocalDate today) {
        read(allowed, today, 90);
    }

    /**
     * Parses the query string; the default is the last {@code defaultDays} days at every point the user works
     * at. A bad parameter is reported and takes its default.
     */
    public void read(List<Long> allowed, LocalDate today, int defaultDays) {
        FilterParser.Parsed parsed = FilterParser.parse(
                new FilterParser.Raw(
                        fromParam,
                        untilParam,
                        pointsParam,
                        profileParam,
                        channelParam,
                        taskParam,
                        grainParam,
                        ruleParam),
                allowed,
                today,
                defaultDays);
        parsed.errors().forEach(Messages::error);
        from = parsed.from();
        until = parsed.until();
        points = new ArrayList<>(parsed.points());
        profileId = parsed.profileId();
        channel = parsed.channel();
        taskId = parsed.taskId();
        grain = parsed.grain();
        ruleSetId = parsed.ruleSetId();
        ruleId = parsed.ruleId();
    }

    /** A profile or errand id from the address that names none is refused like any other bad parameter. */
    public void known(Set<Long> profiles, Set<Long> tasks) {
        if (profileId != null && !profiles.contains(profileId)) {
            profileId = null;
            Messages.error(FilterParser.FILTER_ERROR);
        }
        if (taskId != null && !tasks.contains(taskId)) {
            taskId = null;
            Messages.error(FilterParser.FILTER_ERROR);
        }
    }

    /** Checks what the filter form posted before it becomes a new query string. */
    public boolean valid(List<Long> allowed) {
        if (from == null || until == null || from.isAfter(until)) {
            Messages.error(FilterParser.PERIOD_ERROR);
            return false;
        }
        if (points.isEmpty() || !allowed.containsAll(points)) {
            Messages.error(FilterParser.POINTS_ERROR);
            points = new ArrayList<>(allowed);
            return false;
        }
        return true;
    }

    public StatisticsFilter filter(List<Long> allowed) {
        return new StatisticsFilter(
                points.stream().filter(allowed::contains).toList(), from, until, profileId, channel, taskId);
    }

    // The query-string form: getters give the current filter (for includeViewParams links), setters take the
    // raw parameter of a GET, checked in read().

    public String getFromParam() {
        return from == null ? null : from.toString();
    }

    public void setFromParam(String value) {
        fromParam = value;
    }

    public String getUntilParam() {
        return until == null ? null : until.toString();
    }

    public void setUntilParam(String value) {
        untilParam = value;
    }

    public String getPointsParam() {
        return String.join(",", points.stream().map(String::valueOf).toList());
    }

    public void setPointsParam(String value) {
        pointsParam = value;
    }

    public String getProfileParam() {
        return profileId == null ? null : profileId.toString();
    }

    public void setProfileParam(String value) {
        profileParam = value;
    }

    public String getChannelParam() {
        return channel;
    }

    public void setChannelParam(String value) {
        channelParam = value;
    }

    public String getTaskParam() {
        return taskId == null ? null : taskId.toString();
    }

    public void setTaskParam(String value) {
        taskParam = value;
    }

    public String getGrainParam() {
        return grain == TimeGrain.WEEK ? null : grain.name();
    }

    public void setGrainParam(String value) {
        grainParam = value;
    }

    public String getRuleParam() {
        return ruleSetId == null ? null : ruleSetId + ":" + ruleId;
    }

    public void setRuleParam(String value) {
        ruleParam = value;
    }

    // The typed form the filter inputs edit.

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

    public void setPeriod(ReportingPeriod period) {
        from = period.from();
        until = period.until();
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

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null || channel.isBlank() ? null : channel;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public TimeGrain getGrain() {
        return grain;
    }

    public void setGrain(TimeGrain grain) {
        this.grain = grain == null ? TimeGrain.WEEK : grain;
    }

    public Long ruleSetId() {
        return ruleSetId;
    }

    public String ruleId() {
        return ruleId;
    }

    public String getRule() {
        return getRuleParam();
    }
}
