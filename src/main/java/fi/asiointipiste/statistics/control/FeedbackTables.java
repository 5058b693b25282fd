package fi.asiointipiste.statistics.control;

import static fi.asiointipiste.statistics.control.Figures.n;
import static fi.asiointipiste.statistics.control.Figures.ratio;

import fi.asiointipiste.statistics.control.TableData.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The feedback view: the CES distribution 1–5 and the NPS groups (from the headline's {@link FeedbackSummary}). */
@ApplicationScoped
public class FeedbackTables {

    @Inject
    StatisticsRows rows;

    /** Needs the headline ({@link HeadlineFigures}) already in d. */
    public void fill(Dashboard d, StatisticsFilter f) {
        Sql visits = Sql.visits(f);
        d.add(ces(rows.single(
                "SELECT SUM(ces_1), SUM(ces_2), SUM(ces_3), SUM(ces_4), SUM(ces_5), SUM(ces_n)" + " FROM "
                        + visits.from() + " s",
                visits)));
        d.add(nps(d.nps));
    }

    /** r: answers scoring 1, 2, 3, 4 and 5, then all CES answers. */
    static TableData ces(Object[] r) {
        TableData t = new TableData("ces", "statistics.cesDistribution")
                .column("statistics.col.ces", Kind.TEXT)
                .column("statistics.col.answers", Kind.COUNT)
                .column("statistics.col.share", Kind.PERCENT);
        for (int score = 1; score <= 5; score++) {
            t.row(String.valueOf(score), n(r[score - 1]), ratio(n(r[score - 1]), n(r[5])));
        }
        return t;
    }

    static TableData nps(FeedbackSummary nps) {
        TableData t = new TableData("nps", "statistics.npsGroups")
                .column("statistics.col.npsGroup", Kind.LABEL)
                .column("statistics.col.answers", Kind.COUNT)
                .column("statistics.col.share", Kind.PERCENT);
        t.row("statistics.promoters", nps.promoters(), ratio(nps.promoters(), nps.npsAnswers()));
        t.row("statistics.passives", nps.passives(), ratio(nps.passives(), nps.npsAnswers()));
        t.row("statistics.detractors", nps.detractors(), ratio(nps.detractors(), nps.npsAnswers()));
        return t;
    }
}
