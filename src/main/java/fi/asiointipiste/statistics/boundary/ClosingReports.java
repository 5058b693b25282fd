package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.statistics.control.ClosingFigures;
import fi.asiointipiste.statistics.control.ClosingReportQueries;
import fi.asiointipiste.statistics.control.TableData;
import fi.asiointipiste.statistics.control.TableData.Kind;
import fi.asiointipiste.visits.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A service point's daily closing report, for its clerks and supervisors: visits by channel with their errands by
 * support level, no-shows, waiting and handling times, and the hand-offs still open — counted from the day's visits
 * as they are (not from the statistics aggregates, so the report is right the moment the last visit is closed).
 * Only a point the user works at.
 */
@ApplicationScoped
@Transactional
public class ClosingReports {

    /** The report's two tables: by channel, and the day's figures. */
    public record Report(ServicePoint point, LocalDate day, TableData channels, TableData figures, ClosingFigures raw)
            implements Serializable {}

    @Inject
    ServicePoints points;

    @Inject
    ClosingReportQueries queries;

    public Report of(StaffUser actor, long pointId, LocalDate day) {
        boolean theirs =
                actor.getServicePoints().stream().anyMatch(p -> p.getId().equals(pointId));
        ServicePoint point = theirs ? points.byId(pointId).orElse(null) : null;
        if (point == null) {
            throw new RefusedAction("frontDesk.pointNotYours");
        }
        ClosingFigures f = new ClosingFigures(queries.day(point, day), queries.openHandoffs(point));
        TableData channels = new TableData("channels", "closingReport.byChannel")
                .column("closingReport.channel", Kind.LABEL)
                .column("closingReport.visits", Kind.COUNT)
                .column("closingReport.done", Kind.COUNT)
                .column("closingReport.noShows", Kind.COUNT)
                .column("SupportLevel.SELF_SERVICE", Kind.COUNT)
                .column("SupportLevel.GUIDED", Kind.COUNT)
                .column("SupportLevel.FULL_ASSISTANCE", Kind.COUNT);
        for (Channel c : Channel.values()) {
            ClosingFigures.PerChannel p = f.channel(c);
            channels.row(
                    "Channel." + c,
                    p.visits(),
                    p.done(),
                    p.noShows(),
                    p.errands().get(SupportLevel.SELF_SERVICE),
                    p.errands().get(SupportLevel.GUIDED),
                    p.errands().get(SupportLevel.FULL_ASSISTANCE));
        }
        channels.row(
                "closingReport.total",
                f.visits(),
                f.visits() - f.noShows() - open(f),
                f.noShows(),
                f.errands(SupportLevel.SELF_SERVICE),
                f.errands(SupportLevel.GUIDED),
                f.errands(SupportLevel.FULL_ASSISTANCE));
        TableData figures = new TableData("figures", "closingReport.figures")
                .column("closingReport.figure", Kind.LABEL)
                .column("closingReport.value", Kind.DECIMAL);
        figures.row("closingReport.meanWait", f.meanWait());
        figures.row("closingReport.medianWait", f.medianWait());
        figures.row("closingReport.meanHandling", f.meanHandling());
        figures.row("closingReport.medianHandling", f.medianHandling());
        figures.row("closingReport.noShowsTotal", (double) f.noShows());
        figures.row("closingReport.openHandoffs", (double) f.openHandoffs());
        return new Report(point, day, channels, figures, f);
    }

    /** Visits neither done nor no-show (still waiting or in service). */
    private static long open(ClosingFigures f) {
        long done = 0;
        for (Channel c : Channel.values()) {
            done += f.channel(c).done();
        }
        return f.visits() - f.noShows() - done;
    }
}
