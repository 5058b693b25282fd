package fi.asiointipiste.statistics.control;

import fi.asiointipiste.platform.persistence.Databases;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Refills the aggregates once after a migration re-created them (V8) or added one (V9): when closed visits
 * exist but no aggregate row does, or served visits of known customers exist but no independence row does. Runs after the platform's start-up (migrations, demo data), which has the default
 * observer priority. A normal start finds the aggregates filled and does nothing; they are then kept up to
 * date by {@link Aggregates} in every closing transaction.
 */
@ApplicationScoped
public class StatisticsStartup {

    private static final Logger LOG = Logger.getLogger(StatisticsStartup.class.getName());

    @Inject
    Databases databases;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900)
                 @Initialized(ApplicationScoped.class) Object started) {
        boolean filled;
        try (Connection c = databases.dataSource().getConnection(); Statement s = c.createStatement()) {
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
