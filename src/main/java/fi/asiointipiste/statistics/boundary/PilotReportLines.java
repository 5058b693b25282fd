package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.statistics.control.SmallCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a pilot report's figures are of, one line each: the first lines of its exports and of its printout. */
public final class PilotReportLines {

    private PilotReportLines() {}

    /** profileName/agencyName: the names of the report's profile and agency (unused when the report has none). */
    public static List<String> of(PilotReport report, String profileName, String agencyName, Locale l) {
        Pilot p = report.pilot();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(
                l,
                "pilots.report.line.pilot",
                p.getName(),
                p.getRuleSet().getVersionNo(),
                p.getRuleSet().getName()));
        lines.add(Messages.text(l, "pilots.report.line.pilotPoints", names(p.getPilotPoints())));
        lines.add(Messages.text(l, "pilots.report.line.comparisonPoints", names(p.getComparisonPoints())));
        if (report.periods() != null) {
            lines.add(Messages.text(
                    l,
                    "pilots.report.line.periods",
                    report.periods().beforeFrom().toString(),
                    report.periods().beforeUntil().toString(),
                    report.periods().duringFrom().toString(),
                    report.periods().duringUntil().toString()));
        }
        lines.add(
                report.profileId() == null
                        ? Messages.text(l, "pilots.report.line.allProfiles")
                        : Messages.text(l, "statistics.filter.profile", profileName));
        lines.add(
                report.agencyId() == null
                        ? Messages.text(l, "pilots.report.line.allErrands")
                        : Messages.text(l, "pilots.report.line.errands", agencyName));
        lines.add(Messages.text(l, "pilots.report.line.method"));
        lines.add(Messages.text(l, "statistics.filter.privacy", SmallCells.HIDDEN));
        return lines;
    }

    /** Point names in the order given, comma-separated. */
    public static String names(List<ServicePoint> points) {
        return points.stream().map(ServicePoint::getName).collect(Collectors.joining(", "));
    }
}
