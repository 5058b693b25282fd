package fi.asiointipiste.demo;

import fi.asiointipiste.arrival.boundary.CheckIn;
import fi.asiointipiste.arrival.boundary.CheckInRequest;
import fi.asiointipiste.arrival.boundary.Desks;
import fi.asiointipiste.arrival.boundary.Devices;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.startup.RunMode;
import fi.asiointipiste.platform.startup.Startup;
import fi.asiointipiste.platform.time.ServiceClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Arrival in the demo: named desks at every demo point (two general desks and the Kela specialist's desk; Pielavesi
 * also has the TE-services desk), a check-in terminal and a waiting-room display at Pielavesi and Keitele with the
 * tokens the README documents, and a few tickets waiting at Pielavesi today. The desks and devices come right after
 * the demo organisation at start-up; the tickets come in the background after the generated visits (see
 * {@link #ticketsTodayIfNone}); only in demo mode, each step only where it has not been done.
 */
@ApplicationScoped
public class DemoArrival {

    /** The demo's documented device tokens (demo mode only; README). */
    public static final String TERMINAL_PIELAVESI = "demo-terminal-pielavesi-asiointipiste";

    public static final String DISPLAY_PIELAVESI = "demo-display-pielavesi-asiointipiste";
    public static final String TERMINAL_KEITELE = "demo-terminal-keitele-asiointipiste";
    public static final String DISPLAY_KEITELE = "demo-display-keitele-asiointipiste";

    private static final Logger LOG = Logger.getLogger(DemoArrival.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Desks desks;

    @Inject
    Devices devices;

    @Inject
    CheckIn checkIn;

    @Inject
    ServiceClock clock;

    /** Right after the demo organisation (ACCOUNTS): its desks and devices, so the terminal and display answer. */
    void onStartup(@Observes @Priority(Startup.ACCOUNTS + 50) Startup startup) {
        if (startup.mode() == RunMode.DEMO) {
            desksAndDevices();
        }
    }

    void desksAndDevices() {
        desksAt("PIELAVESI", true);
        desksAt("KEITELE", false);
        desksAt("TERVO", false);
        desksAt("VESANTO", false);
        device("PIELAVESI", DeviceKind.TERMINAL, "Aulan ilmoittautumispääte", TERMINAL_PIELAVESI);
        device("PIELAVESI", DeviceKind.DISPLAY, "Odotustilan näyttö", DISPLAY_PIELAVESI);
        device("KEITELE", DeviceKind.TERMINAL, "Aulan ilmoittautumispääte", TERMINAL_KEITELE);
        device("KEITELE", DeviceKind.DISPLAY, "Odotustilan näyttö", DISPLAY_KEITELE);
    }

    /**
     * Four waiting tickets at Pielavesi today, unless it has tickets already. Called by {@link DemoData} in the
     * background after the generated visits are written, since a ticket opens a visit and the generated visits take
     * their ids from the start of the sequence.
     */
    public void ticketsTodayIfNone() {
        ServicePoint pielavesi = point("PIELAVESI");
        if (pielavesi != null
                && em.createNamedQuery("Ticket.lastNumber", Integer.class)
                                .setParameter("point", pielavesi.getId())
                                .setParameter("day", clock.today())
                                .getSingleResult()
                        == null) {
            checkIn.issue(
                    TERMINAL_PIELAVESI,
                    new CheckInRequest("fi", List.of("KELA_SOCIAL_ASSISTANCE"), false, false, false, null));
            checkIn.issue(
                    TERMINAL_PIELAVESI,
                    new CheckInRequest("fi", List.of("RENTAL_APARTMENT", "DIGITAL_SUPPORT"), false, false, null, null));
            checkIn.issue(TERMINAL_PIELAVESI, new CheckInRequest("sv", List.of(), true, false, null, null));
            checkIn.issue(
                    TERMINAL_PIELAVESI,
                    new CheckInRequest("en", List.of("TE_JOBSEEKER_REGISTRATION"), false, true, false, null));
            LOG.info("Issued four demo tickets at Pielavesi for today");
        }
    }

    private void desksAt(String code, boolean withTe) {
        ServicePoint point = point(code);
        if (point == null || !desks.atPoint(point.getId()).isEmpty()) {
            return;
        }
        desks.add(point.getId(), 1, null, null);
        desks.add(point.getId(), 2, null, null);
        desks.add(point.getId(), 3, "Kela", "KELA");
        if (withTe) {
            desks.add(point.getId(), 4, "TE", "TE_SERVICES");
        }
    }

    private void device(String code, DeviceKind kind, String label, String token) {
        ServicePoint point = point(code);
        if (point != null && devices.all().stream().noneMatch(d -> d.getToken().equals(token))) {
            devices.issue(kind, point.getId(), label, token);
        }
    }

    private ServicePoint point(String code) {
        return em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
