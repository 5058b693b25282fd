package fi.asiointipiste.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Composes what a statistics view shows from the table builders, reading only that view's aggregates (so a
 * view stays fast on a million visits), or every view's for the printable report, where a figure two views
 * share (the headline, the time series) is read once. Counts only: no query selects a customer column.
 */
@ApplicationScoped
public class Dashboards {

    @Inject
    HeadlineFigures headline;

    @Inject
    TimeTables time;

    @Inject
    ErrandTables errands;

    @Inject
    OverrideTables overrides;

    @Inject
    LevelTables levels;

    @Inject
    FeedbackTables feedback;

    @Inject
    BreakdownTables breakdowns;

    @Inject
    CostTables costs;

    /** Every table of every view: the printable report. */
    public Dashboard dashboard(StatisticsFilter filter, TimeGrain grain, Locale locale) {
        Dashboard d = new Dashboard();
        for (StatisticsView view : StatisticsView.values()) {
            fill(d, view, filter, grain, locale);
        }
        return d;
    }

    /** Only the headline and tables one view shows. */
    public Dashboard view(StatisticsView view, StatisticsFilter filter, TimeGrain grain, Locale locale) {
        Dashboard d = new Dashboard();
        fill(d, view, filter, grain, locale);
        return d;
    }

    private void fill(Dashboard d, StatisticsView view, StatisticsFilter filter, TimeGrain grain, Locale locale) {
        if (filter.pointIds().isEmpty()) {
            return;
        }
        String lang = Sql.language(locale);
        switch (view) {
            case OVERVIEW -> {
                headline.fill(d, filter);
                d.previousVisits = headline.visits(filter.previous());
                time.series(d, filter, grain);
            }
            case ERRANDS -> {
                errands.fill(d, filter, lang);
                overrides.fill(d, filter, locale);
            }
            case LEVELS -> levels.fill(d, filter);
            case FEEDBACK -> {
                if (d.nps == null) {
                    headline.fill(d, filter);
                }
                feedback.fill(d, filter);
            }
            case TIME -> {
                if (d.table("time") == null) {
                    time.series(d, filter, grain);
                }
                time.heatmap(d, filter);
            }
            case BREAKDOWNS -> breakdowns.fill(d, filter, lang);
            case COSTS -> costs.fill(d, filter, lang);
        }
    }
}
