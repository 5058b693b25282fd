package fi.asiointipiste.demo;

import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.platform.startup.BackgroundStartup;
import fi.asiointipiste.platform.startup.RunMode;
import fi.asiointipiste.platform.startup.Startup;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.VisitsImported;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo the README's run command shows (demo mode only): the four Nilakka service points and one user per role
 * (plus a Kela and a TE-services specialist) before the first request, so the sign-in page works at once; then, in
 * the background start-up, a finished pilot ({@link DemoPilot}), a generated year of past visits routed by the rule
 * sets in force (the pilot's at its points during the pilot) and today's appointments. Each step runs only on a
 * database that does not have it yet, so restarts keep what was entered.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoOrganisation organisation;

    @Inject
    DemoAppointments appointments;

    @Inject
    DemoArrival arrival;

    @Inject
    DemoPilot pilot;

    @Inject
    Databases databases;

    @Inject
    ServiceClock clock;

    @Inject
    Event<VisitsImported> visitsImported;

    @Inject
    @ConfigProperty(name = "asiointipiste.demo.visits", defaultValue = "20000")
    int visits;

    @Inject
    @ConfigProperty(name = "asiointipiste.demo.seed", defaultValue = "2017")
    long seed;

    void onStartup(@Observes @Priority(Startup.ACCOUNTS) Startup startup) {
        if (startup.mode() == RunMode.DEMO) {
            organisation.createOnFirstStart();
        }
    }

    void inBackground(@Observes @Priority(BackgroundStartup.BULK_DATA) BackgroundStartup startup) {
        if (startup.mode() == RunMode.DEMO) {
            loadVisitsOnFirstStart();
            appointments.bookTodayIfNone();
            arrival.ticketsTodayIfNone();
        }
    }

    /** The generated visits, on a database without visits; then {@link VisitsImported}, as they fired no events. */
    public void loadVisitsOnFirstStart() {
        int written;
        try {
            // As the owner: the bulk load restarts the sequences past the written ids, which only the owner may.
            DemoVisitWriter writer = new DemoVisitWriter(databases.ownerDataSource());
            if (writer.visitCount() > 0) {
                return;
            }
            long started = System.nanoTime();
            LocalDateTime now = clock.now();
            pilot.createOnFirstStart(now); // before the rules are read: the history routes its points with its set
            ReferenceData reference = writer.referenceData();
            written = writer.write(new DemoVisitGenerator(seed, now, reference), visits);
            LOG.info(() ->
                    "Generated " + written + " demo visits in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo visits", e);
        }
        visitsImported.fire(new VisitsImported(written));
    }
}
