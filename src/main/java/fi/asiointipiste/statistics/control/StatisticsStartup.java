package fi.asiointipiste.statistics.control;

import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.platform.startup.BackgroundStartup;
import fi.asiointipiste.visits.entity.VisitsImported;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Recounts the aggregates when rows changed without the closing events: after a bulk load of visits
 * ({@link VisitsImported}, e.g. the demo's first start) and once after a migration re-created the tables (V8) or
 * added one (V9) — when closed visits exist but no aggregate row does, or served visits of known customers exist
 * but no independence row does. The check runs in the background start-up after everything that writes visits
 * ({@link BackgroundStartup#DERIVED_DATA}); until it is done the application is not ready and pages wait. A normal
 * start finds the aggregates filled and does nothing; they are then kept up to date by {@link Aggregates} in every
 * closing transaction.
 */
@ApplicationScoped
public class StatisticsStartup {

    private static final Logger LOG = Logger.getLogger(StatisticsStartup.class.getName());

    @Inject
    Databases databases;

    void visitsImported(@Observes VisitsImported imported) {
        long begun = System.nanoTime();
        try {
            long counted = new AggregateRebuild(databases.dataSource()).run();
            LOG.info(() -> "Rebuilt the statistics of " + counted + " closed visits in "
                    + (System.nanoTime() - begun) / 1_000_000 + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild the statistics aggregates", e);
        }
    }

    void inBackground(@Observes @Priority(BackgroundStartup.DERIVED_DATA) BackgroundStartup startup) {
        boolean filled;
        try (Connection c = databases.dataSource().getConnection();
                Statement s = c.createStatement()) {
            filled = exists(s, "SELECT 1 FROM stat_visit_day")
                    || !exists(s, "SELECT 1 FROM visit WHERE status IN ('DONE', 'NO_SHOW')");
            boolean independenceFilled = exists(s, "SELECT 1 FROM stat_independence_day")
                    || !exists(s, "SELECT 1 FROM visit WHERE status = 'DONE' AND customer_id IS NOT NULL");
            if (filled && independenceFilled) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the statistics aggregates", e);
        }
        long begun = System.nanoTime();
        try {
            AggregateRebuild rebuild = new AggregateRebuild(databases.dataSource());
            if (!filled) {
                long counted = rebuild.run();
                LOG.info(() -> "Refilled the statistics of " + counted + " closed visits after a migration in "
                        + (System.nanoTime() - begun) / 1_000_000 + " ms");
            } else {
                rebuild.runIndependence();
                LOG.info(() -> "Filled independence over time after a migration in "
                        + (System.nanoTime() - begun) / 1_000_000 + " ms");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild the statistics aggregates", e);
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        s.setMaxRows(1);
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }
}
