package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The headline of the overview and the feedback view: visits, errands, overrides and feedback of the period. */
@ApplicationScoped
public class HeadlineFigures {

    @Inject
    StatisticsRows rows;

    /** One pass over the period's visit rows. */
    public void fill(Dashboard d, StatisticsFilter f) {
        Sql visits = Sql.visits(f);
        apply(
                d,
                rows.single(
                        "SELECT SUM(visits), SUM(no_shows), SUM(tasks), SUM(overridden), SUM(self_done),"
                                + " SUM(feedback_n), SUM(ces_n), SUM(ces_sum), SUM(nps_n), SUM(promoters), SUM(detractors)"
                                + " FROM " + visits.from() + " s",
                        visits));
    }

    /** The visits of a period: of the previous one, for the trend. */
    public long visits(StatisticsFilter f) {
        Sql visits = Sql.visits(f);
        return n(rows.single("SELECT SUM(visits) FROM " + visits.from() + " s", visits)[0]);
    }

    /** The sums of {@link #fill} in the order selected there. */
    static void apply(Dashboard d, Object[] r) {
        d.visits = n(r[0]);
        d.noShows = n(r[1]);
        d.tasks = n(r[2]);
        d.overridden = n(r[3]);
        d.selfDone = n(r[4]);
        d.feedback = n(r[5]);
        d.cesAverage = n(r[6]) == 0 ? null : (double) n(r[7]) / n(r[6]);
        d.nps = new FeedbackSummary(n(r[5]), d.cesAverage, n(r[8]), n(r[9]), n(r[10]));
    }
}
