package fi.asiointipiste.demo;

import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.control.AggregateRebuild;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo the README's run command shows: the four Nilakka service points, one user per role (plus a
 * Kela and a TE-services specialist), and a generated year of past visits. Each step runs only on a
 * database that does not have it yet, so restarts keep what was entered.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoOrganisation organisation;

    @Inject
    Databases databases;

    @Inject
    ServiceClock clock;

    @Inject
    @ConfigProperty(name = "asiointipiste.demo.visits", defaultValue = "20000")
    int visits;

    @Inject
    @ConfigProperty(name = "asiointipiste.demo.seed", defaultValue = "2017")
    long seed;

    public void loadOnFirstStart() {
        organisation.createOnFirstStart();
        try {
            DemoVisitWriter writer = new DemoVisitWriter(databases.dataSource());
            if (writer.visitCount() == 0) {
                long started = System.nanoTime();
                ReferenceData reference = writer.referenceData();
                int written = writer.write(new DemoVisitGenerator(seed, clock.now(), reference), visits,
                        reference.ruleSetId());
                LOG.info(() -> "Generated " + written + " demo visits in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
                long rebuilt = System.nanoTime();
                long counted = new AggregateRebuild(databases.dataSource()).run();
                LOG.info(() -> "Rebuilt the statistics of " + counted + " closed visits in "
                        + (System.nanoTime() - rebuilt) / 1_000_000 + " ms");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo visits", e);
        }
    }
}
