package fi.asiointipiste.privacy.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.privacy.control.JobLeases;
import fi.asiointipiste.visits.boundary.Visits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention policy: a customer with no visit and no appointment for {@code asiointipiste.retention.customer-months}
 * months (and created before that) is anonymised — name, identity code and consent notes erased, and the free-text
 * notes of their visits and appointments (note, cancel reason) with them; the notes of appointments without an
 * identified customer are erased once they started before the cut-off. The customer row stays as a pseudonym, so every visit still counts exactly as before
 * in every statistic (also the independence of returning customers); only who it was is gone.
 *
 * <p>Restartable: the work is done in batches of {@value #BATCH}, each its own transaction; a run that stops (a crash, a
 * redeploy) leaves whole batches done and the next run continues with the rest, since it selects only customers not yet
 * anonymised. Audited: each anonymisation ({@code CUSTOMER_ANONYMISED}) and each run ({@value #RUN}, with the cut-off
 * and the count). Two runs at once cannot anonymise one customer twice: the second finds it done; and the nightly run
 * ({@link #nightly()}) runs on one node only, the one that takes the night's lease.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    public static final String RUN = "RETENTION_RUN";
    static final int BATCH = 100;

    /** The nightly run's lease (see {@link JobLeases}): taken by one node, kept for the rest of the night. */
    static final String LEASE = "retention";

    static final Duration LEASE_LENGTH = Duration.ofHours(20);

    @Inject
    @ConfigProperty(name = "asiointipiste.retention.customer-months", defaultValue = "36")
    int customerMonths;

    @Inject
    Customers customers;

    @Inject
    Visits visits;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    Retention self;

    @Inject
    JobLeases leases;

    /**
     * The nightly run, on one node of the cluster: the node that takes the night's lease runs {@link #run()}; on every
     * other node (or a second timer the same night) it does nothing and writes nothing. Empty when skipped.
     */
    public OptionalInt nightly() {
        if (!leases.take(LEASE, clock.now(), LEASE_LENGTH)) {
            LOG.fine("Retention: another node holds tonight's lease; nothing to do here");
            return OptionalInt.empty();
        }
        return OptionalInt.of(run());
    }

    /** The oldest last contact a customer may have and still be kept. */
    public LocalDateTime cutoff() {
        return clock.now().minusMonths(customerMonths);
    }

    /** One run: every expired customer, batch by batch; returns how many were anonymised. */
    public int run() {
        LocalDateTime cutoff = cutoff();
        int total = 0;
        int done;
        do {
            done = self.anonymiseBatch(cutoff);
            total += done;
        } while (done == BATCH);
        int unidentifiedNotes = 0;
        do {
            done = self.eraseUnidentifiedNotes(cutoff);
            unidentifiedNotes += done;
        } while (done == BATCH);
        int anonymised = total;
        int erased = unidentifiedNotes;
        self.recordRun(cutoff, anonymised, erased);
        LOG.info(() -> "Retention run: " + anonymised + " customers anonymised (last contact before " + cutoff + "), "
                + erased + " notes of unidentified appointments erased");
        return anonymised;
    }

    /** Anonymises up to one batch of expired customers in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int anonymiseBatch(LocalDateTime cutoff) {
        List<Long> expired = visits.customersInactiveSince(cutoff, BATCH);
        int count = 0;
        for (long id : expired) {
            int notes = visits.eraseNotesOf(id);
            int appointmentNotes = visits.eraseAppointmentNotesOf(id);
            if (customers.anonymise(
                    id,
                    "retention: no contact since " + cutoff.toLocalDate() + ", " + notes + " visit notes and "
                            + appointmentNotes + " appointment notes erased")) {
                count++;
            }
        }
        return count;
    }

    /** Erases the notes of up to one batch of unidentified appointments before the cut-off, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int eraseUnidentifiedNotes(LocalDateTime cutoff) {
        return visits.eraseUnidentifiedAppointmentNotesBefore(cutoff, BATCH);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRun(LocalDateTime cutoff, int anonymised, int unidentifiedNotes) {
        audit.recordAs(
                AuditLog.SYSTEM,
                RUN,
                "Retention",
                null,
                "customer-months " + customerMonths,
                "cut-off " + cutoff.toLocalDate() + ", anonymised " + anonymised
                        + ", unidentified appointment notes erased " + unidentifiedNotes);
    }
}
