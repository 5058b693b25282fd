package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.statistics.control.StatisticsFilter;
import fi.asiointipiste.statistics.control.TimeGrain;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The filter every statistics view shares, as it travels in the query string
 * ({@code ?from=2026-07-01&until=2026-09-30&points=1,2&profile=3&channel=WALK_IN&task=7&grain=MONTH&rule=5:r12}):
 * the raw parameters set by {@code f:viewParam}, checked once in {@link #read}, and the typed values the filter
 * form edits. A bad parameter gets a translated message and falls back to the default; nothing else changes.
 */
@Dependent
public class StatisticsParameters implements Serializable {

    static final Set<String> CHANNELS = Set.of("WALK_IN", "APPOINTMENT", "REMOTE");

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

    /** Parses the query string; the default is the last {@code defaultDays} days at every point the user works at. */
    public void read(List<Long> allowed, LocalDate today, int defaultDays) {
        until = today;
        from = today.minusDays(defaultDays - 1L);
        points = new ArrayList<>(allowed);
        try {
            if (present(fromParam)) {
                from = LocalDate.parse(fromParam.trim());
            }
            if (present(untilParam)) {
                until = LocalDate.parse(untilParam.trim());
            }
        } catch (DateTimeParseException e) {
            from = today.minusDays(defaultDays - 1L);
            until = today;
            Messages.error("statistics.error.period");
        }
        if (from.isAfter(until)) {
            from = today.minusDays(defaultDays - 1L);
            until = today;
            Messages.error("statistics.error.period");
        }
        if (present(pointsParam)) {
            List<Long> chosen = ids(pointsParam);
            if (chosen == null || chosen.isEmpty() || !allowed.containsAll(chosen)) {
                Messages.error("statistics.error.points");
            } else {
                points = new ArrayList<>(chosen);
            }
        }
        profileId = number(profileParam);
        taskId = number(taskParam);
        channel = present(channelParam) && CHANNELS.contains(channelParam) ? channelParam : null;
        if (present(channelParam) && channel == null) {
            Messages.error("statistics.error.filter");
        }
        grain = TimeGrain.WEEK;
        if (present(grainParam)) {
            try {
                grain = TimeGrain.valueOf(grainParam);
            } catch (IllegalArgumentException e) {
                Messages.error("statistics.error.filter");
            }
        }
        readRule();
    }

    /** A profile or errand id from the address that names none is refused like any other bad parameter. */
    public void known(Set<Long> profiles, Set<Long> tasks) {
        if (profileId != null && !profiles.contains(profileId)) {
            profileId = null;
            Messages.error("statistics.error.filter");
        }
        if (taskId != null && !tasks.contains(taskId)) {
            taskId = null;
            Messages.error("statistics.error.filter");
        }
    }

    private void readRule() {
        ruleSetId = null;
        ruleId = null;
        if (present(ruleParam)) {
            int colon = ruleParam.indexOf(':');
            try {
                ruleSetId = Long.parseLong(ruleParam.substring(0, Math.max(colon, 0)));
                ruleId = ruleParam.substring(colon + 1);
            } catch (NumberFormatException e) {
                Messages.error("statistics.error.filter");
            }
        }
    }

    /** Checks what the filter form posted before it becomes a new query string. */
    public boolean valid(List<Long> allowed) {
        if (from == null || until == null || from.isAfter(until)) {
            Messages.error("statistics.error.period");
            return false;
        }
        if (points.isEmpty() || !allowed.containsAll(points)) {
            Messages.error("statistics.error.points");
            points = new ArrayList<>(allowed);
            return false;
        }
        return true;
    }

    public StatisticsFilter filter(List<Long> allowed) {
        return new StatisticsFilter(points.stream().filter(allowed::contains).toList(), from, until, profileId,
                channel, taskId);
    }

    private Long number(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            Messages.error("statistics.error.filter");
            return null;
        }
    }

    private static List<Long> ids(String value) {
        try {
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf)
                    .distinct().toList();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
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
