package fi.asiointipiste.statistics.control;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The chosen filter in words, one line each: the first lines of every export and of the printable report. */
@ApplicationScoped
public class FilterDescription {

    @Inject
    FilterOptions options;

    /** points: the user's points (the filter's ids are among them); grain null where the figures have none. */
    public List<String> lines(StatisticsFilter filter, TimeGrain grain, Locale locale, List<ServicePoint> points) {
        String pointNames = points.stream()
                .filter(p -> filter.pointIds().contains(p.getId()))
                .map(ServicePoint::getName)
                .collect(Collectors.joining(", "));
        String profile =
                filter.profileId() == null ? null : options.profiles(locale).get(filter.profileId());
        String task = filter.taskId() == null ? null : options.tasks(locale).get(filter.taskId());
        return lines(filter, grain, locale, pointNames, profile, task);
    }

    /** Profile, channel, errand and grain have a line only when chosen; the small-cell rule is always named. */
    static List<String> lines(
            StatisticsFilter filter, TimeGrain grain, Locale locale, String pointNames, String profile, String task) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(
                locale,
                "statistics.filter.period",
                filter.from().toString(),
                filter.until().toString()));
        lines.add(Messages.text(locale, "statistics.filter.points", pointNames));
        if (filter.profileId() != null) {
            lines.add(Messages.text(locale, "statistics.filter.profile", profile));
        }
        if (filter.channel() != null) {
            lines.add(Messages.text(
                    locale, "statistics.filter.channel", Messages.text(locale, "Channel." + filter.channel())));
        }
        if (filter.taskId() != null) {
            lines.add(Messages.text(locale, "statistics.filter.task", task));
        }
        if (grain != null) {
            lines.add(Messages.text(locale, "statistics.filter.grain", Messages.text(locale, "TimeGrain." + grain)));
        }
        lines.add(Messages.text(locale, "statistics.filter.privacy", SmallCells.HIDDEN));
        return lines;
    }
}
