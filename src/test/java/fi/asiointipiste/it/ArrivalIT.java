package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.arrival.boundary.Boards;
import fi.asiointipiste.arrival.boundary.Calling;
import fi.asiointipiste.arrival.boundary.CheckIn;
import fi.asiointipiste.arrival.boundary.CheckInRequest;
import fi.asiointipiste.arrival.boundary.Desks;
import fi.asiointipiste.arrival.boundary.Devices;
import fi.asiointipiste.arrival.boundary.TicketPlans;
import fi.asiointipiste.arrival.boundary.TransferTo;
import fi.asiointipiste.arrival.entity.Desk;
import fi.asiointipiste.arrival.entity.DeskStatus;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.arrival.entity.ErrandState;
import fi.asiointipiste.arrival.entity.TargetKind;
import fi.asiointipiste.arrival.entity.Ticket;
import fi.asiointipiste.arrival.entity.TicketErrand;
import fi.asiointipiste.arrival.entity.TicketStatus;
import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.boundary.Appointments;
import fi.asiointipiste.visits.boundary.Booking;
import fi.asiointipiste.visits.boundary.Closing;
import fi.asiointipiste.visits.boundary.Intake;
import fi.asiointipiste.visits.boundary.Visits;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.AppointmentStatus;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.TaskClosing;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Arrival in the container: tickets routed at the door, desks and the calling policy, no-shows, transfers with the
 * place kept, scoping to one's own points, device tokens and appointment codes at the terminal; and in three
 * headless browsers the customer's check-in, the display and a clerk's call and transfer. Keitele and Tervo are the
 * in-container tests' points; the browser test uses Pielavesi's demo terminal and display.
 */
@ExtendWith(ArquillianExtension.class)
class ArrivalIT {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(ArrivalIT.class, TestTransactions.class, DeskEvents.class, Deployments.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    TestTransactions tx;

    @Inject
    CheckIn checkIn;

    @Inject
    Desks desks;

    @Inject
    Calling calling;

    @Inject
    Devices devices;

    @Inject
    Boards boards;

    @Inject
    TicketPlans plans;

    @Inject
    Visits visits;

    @Inject
    Intake intake;

    @Inject
    Closing closing;

    @Inject
    Appointments appointments;

    @Inject
    AuditLog audit;

    @Inject
    DeskEvents events;

    @Inject
    ServiceClock clock;

    @AfterEach
    void realClock() {
        if (clock != null) {
            clock.use(Clock.system(FINLAND));
        }
    }

    @Test
    void aTerminalRoutesEachErrandAtTheDoorAndTheQueuedOnesOpenAWaitingVisit() {
        String terminal = terminal("TERVO");
        Ticket ticket = checkIn.issue(
                terminal,
                new CheckInRequest("sv", List.of("TAX_CARD", "KELA_SOCIAL_ASSISTANCE"), false, false, true, null));
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.getLanguage()).isEqualTo("sv");
        TicketErrand tax = errand(ticket, "TAX_CARD");
        TicketErrand kela = errand(ticket, "KELA_SOCIAL_ASSISTANCE");
        assertThat(tax.getPredictedLevel()).isEqualTo(SupportLevel.SELF_SERVICE);
        assertThat(tax.getState()).isEqualTo(ErrandState.OFFERED);
        assertThat(tax.getDoorProfile()).isEqualTo("SELF_DIRECTED");
        assertThat(tax.getRuleId()).isEqualTo("self-directed-with-eid");
        assertThat(tax.getDecisionFacts())
                .contains("task=\"TAX_CARD\"", "strongEid=true", "language=\"sv\"", "age=null");
        assertThat(kela.getPredictedLevel()).isEqualTo(SupportLevel.GUIDED);
        assertThat(kela.getSpecialistAgency()).isEqualTo("KELA");
        assertThat(kela.getState()).isEqualTo(ErrandState.OPEN);

        Visit visit = visitOf(ticket);
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.WAITING);
        assertThat(visit.getChannel()).isEqualTo(Channel.WALK_IN);
        assertThat(visit.getLanguage()).isEqualTo("sv");
        assertThat(visit.getStrongEid()).isTrue();
        assertThat(visit.isAnonymous()).isTrue();
        assertThat(plans.plannedFor(visit.getId()))
                .extracting(ServiceTask::getCode)
                .as("the self-service errand is the customer's own")
                .containsExactly("KELA_SOCIAL_ASSISTANCE");

        Ticket helped = checkIn.helpAnyway(terminal, ticket.getId(), tax.getId());
        assertThat(errand(helped, "TAX_CARD").getState()).isEqualTo(ErrandState.OPEN);
        assertThat(plans.plannedFor(visit.getId()))
                .extracting(ServiceTask::getCode)
                .containsExactly("TAX_CARD", "KELA_SOCIAL_ASSISTANCE");

        Ticket next = checkIn.issue(terminal, new CheckInRequest("fi", List.of(), true, false, null, null));
        assertThat(next.getNumber()).isEqualTo(ticket.getNumber() + 1);
        assertThat(next.getErrands()).isEmpty();
        assertThat(next.getStatus()).isEqualTo(TicketStatus.WAITING);

        Ticket selfOnly = checkIn.issue(
                terminal, new CheckInRequest("en", List.of("DVV_CHANGE_OF_ADDRESS"), false, false, true, null));
        assertThat(selfOnly.getStatus()).as("nothing to queue for").isEqualTo(TicketStatus.SELF_SERVICE);
        assertThat(selfOnly.getVisit()).isNull();
        Ticket changedMind = checkIn.helpAnyway(
                terminal,
                selfOnly.getId(),
                errand(selfOnly, "DVV_CHANGE_OF_ADDRESS").getId());
        assertThat(changedMind.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(visitOf(changedMind).getStatus()).isEqualTo(VisitStatus.WAITING);
    }

    @Test
    void aBadCheckInIsRefusedAndChangesNothing() {
        String terminal = terminal("TERVO");
        long point = point("TERVO");
        int before = ticketsToday(point);
        assertRefused(
                () -> checkIn.issue(
                        "no-such-token-0123456789012345678901234567",
                        new CheckInRequest("fi", List.of("TAX_CARD"), false, false, null, null)),
                "arrival.device.refused");
        assertRefused(
                () -> checkIn.issue(
                        display("TERVO"), new CheckInRequest("fi", List.of("TAX_CARD"), false, false, null, null)),
                "arrival.device.refused");
        assertRefused(
                () -> checkIn.issue(terminal, new CheckInRequest("fi", List.of(), false, false, null, null)),
                "arrival.terminal.errandRequired");
        assertRefused(
                () -> checkIn.issue(terminal, new CheckInRequest("de", List.of("TAX_CARD"), false, false, null, null)),
                "arrival.terminal.languageInvalid");
        assertRefused(
                () -> checkIn.issue(
                        terminal, new CheckInRequest("fi", List.of("NO_SUCH_TASK"), false, false, null, null)),
                "frontDesk.task.unknown");
        assertRefused(
                () -> checkIn.issue(
                        terminal, new CheckInRequest("fi", List.of("TAX_CARD"), false, false, null, "XXXXXX")),
                "appointment.codeUnknown");
        assertThat(ticketsToday(point)).isEqualTo(before);
    }

    @Test
    void anAppointmentsCodeChecksItInAtTheTerminalAndItIsCalledFirstWhenDue() {
        StaffUser clerk = user("clerk");
        long point = point("KEITELE");
        LocalDate today = at("08:00");
        Appointment booked =
                appointments.book(clerk, point, new Booking(today, LocalTime.of(9, 0), 30, List.of("POLICE_ID_CARD")));
        assertThat(booked.getCode()).hasSize(Appointment.CODE_LENGTH).matches("[A-Z0-9]+");

        at("08:40");
        String terminal = terminal("KEITELE");
        Ticket walkIn =
                checkIn.issue(terminal, new CheckInRequest("fi", List.of("TAX_RETURN"), false, false, false, null));
        Ticket withCode = checkIn.issue(
                terminal,
                new CheckInRequest(
                        "fi",
                        List.of(),
                        false,
                        false,
                        null,
                        " " + booked.getCode().toLowerCase() + " "));
        assertThat(withCode.getDueAt()).isEqualTo(today.atTime(9, 0));
        assertThat(withCode.getAppointmentId()).isEqualTo(booked.getId());
        assertThat(withCode.getErrands()).extracting(e -> e.getTask().getCode()).containsExactly("POLICE_ID_CARD");
        Visit visit = visitOf(withCode);
        assertThat(visit.getChannel()).isEqualTo(Channel.APPOINTMENT);
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.WAITING);
        Appointment arrived = appointments.ofVisit(visit.getId()).orElseThrow();
        assertThat(arrived.getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
        assertRefused(
                () -> checkIn.issue(
                        terminal, new CheckInRequest("fi", List.of(), false, false, null, booked.getCode())),
                "appointment.codeUnknown");

        Desk desk = signIn("te.palvelut", "KEITELE", 2);
        at("08:50");
        Ticket first = calling.callNext(user("te.palvelut"), desk.getId()).orElseThrow();
        assertThat(first.getId())
                .as("the 9:00 appointment is due from 8:55 only")
                .isNotEqualTo(withCode.getId());
        finishAtDesk(user("te.palvelut"), desk, first);
        at("08:56");
        Ticket second = calling.callNext(user("te.palvelut"), desk.getId()).orElseThrow();
        assertThat(second.getId()).as("due appointments first").isEqualTo(withCode.getId());
        finishAtDesk(user("te.palvelut"), desk, second);
        desks.signOut(user("te.palvelut"), desk.getId());
        assertThat(walkIn.getId()).isNotNull();
    }

    @Test
    void desksCallByThePolicyAndTwoDesksNeverCallTheSameTicket() throws Exception {
        String terminal = terminal("KEITELE");
        StaffUser clerk = user("clerk");
        StaffUser kela = user("kela");
        StaffUser te = user("te.palvelut");
        drain("KEITELE");
        Ticket general =
                checkIn.issue(terminal, new CheckInRequest("fi", List.of("TAX_RETURN"), false, false, false, null));
        Ticket forKela = checkIn.issue(
                terminal, new CheckInRequest("fi", List.of("KELA_SOCIAL_ASSISTANCE"), false, false, false, null));

        Desk kelaDesk = signIn("kela", "KEITELE", 3);
        Desk desk1 = signIn("clerk", "KEITELE", 1);
        assertThat(calling.callNext(kela, kelaDesk.getId()).orElseThrow().getId())
                .as("the Kela desk calls Kela's errand first though it came later")
                .isEqualTo(forKela.getId());
        assertThat(calling.callNext(clerk, desk1.getId()).orElseThrow().getId()).isEqualTo(general.getId());
        assertRefused(() -> calling.callNext(clerk, desk1.getId()), "arrival.call.customerAtDesk");
        finishAtDesk(kela, kelaDesk, reread(forKela));
        finishAtDesk(clerk, desk1, reread(general));

        desks.changeStatus(clerk, desk1.getId(), DeskStatus.PAUSE);
        assertRefused(() -> calling.callNext(clerk, desk1.getId()), "arrival.desk.notServing");
        desks.changeStatus(clerk, desk1.getId(), DeskStatus.SERVING);
        assertRefused(() -> desks.signIn(te, desk1.getId()), "arrival.desk.taken");
        assertRefused(() -> desks.signIn(user("supervisor"), desk1.getId()), "frontDesk.readOnly");

        Desk desk2 = signIn("te.palvelut", "KEITELE", 2);
        Ticket a = checkIn.issue(terminal, new CheckInRequest("fi", List.of("TAX_CARD"), false, false, false, null));
        Ticket b = checkIn.issue(terminal, new CheckInRequest("fi", List.of("TAX_RETURN"), false, false, false, null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Ticket> one =
                    pool.submit(() -> calling.callNext(clerk, desk1.getId()).orElseThrow());
            Future<Ticket> two =
                    pool.submit(() -> calling.callNext(te, desk2.getId()).orElseThrow());
            List<Long> called = List.of(
                    one.get(30, TimeUnit.SECONDS).getId(),
                    two.get(30, TimeUnit.SECONDS).getId());
            assertThat(called).containsExactlyInAnyOrder(a.getId(), b.getId());
        } finally {
            pool.shutdownNow();
        }
        desks.changeStatus(kela, kelaDesk.getId(), DeskStatus.AWAY);
        finishAtDesk(clerk, desk1, calling.atDesk(clerk, desk1.getId()).orElseThrow());
        finishAtDesk(te, desk2, calling.atDesk(te, desk2.getId()).orElseThrow());
        desks.signOut(te, desk2.getId());
        desks.signOut(kela, kelaDesk.getId());
        desks.signOut(clerk, desk1.getId());
    }

    @Test
    void aNoShowNeedsThreeCallsAndEndsTheWaitingVisit() {
        StaffUser clerk = user("clerk");
        drain("KEITELE");
        Desk desk = signIn("clerk", "KEITELE", 1);
        Ticket ticket = checkIn.issue(
                terminal("KEITELE"), new CheckInRequest("fi", List.of("TAX_CARD"), false, false, false, null));
        assertThat(calling.callNext(clerk, desk.getId()).orElseThrow().getId()).isEqualTo(ticket.getId());
        assertRefused(() -> calling.noShow(clerk, desk.getId(), ticket.getId()), "arrival.ticket.callAgainFirst");
        calling.callAgain(clerk, desk.getId(), ticket.getId());
        assertThat(calling.callAgain(clerk, desk.getId(), ticket.getId()).getCalls())
                .isEqualTo(3);
        Ticket missed = calling.noShow(clerk, desk.getId(), ticket.getId());
        assertThat(missed.getStatus()).isEqualTo(TicketStatus.NO_SHOW);
        Visit visit = visitOf(missed);
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.NO_SHOW);
        assertThat(events.closedVisits()).contains(visit.getId());
        assertThat(calling.atDesk(clerk, desk.getId())).as("the desk is free").isEmpty();
        desks.signOut(clerk, desk.getId());
    }

    @Test
    void aTransferSendsTheTicketWhereChosenWithItsPlaceKeptAndTheVisitFollows() {
        StaffUser clerk = user("clerk");
        StaffUser kela = user("kela");
        drain("KEITELE");
        String terminal = terminal("KEITELE");
        Desk desk1 = signIn("clerk", "KEITELE", 1);
        Ticket ticket = checkIn.issue(
                terminal,
                new CheckInRequest("fi", List.of("TAX_CARD", "KELA_HOUSING_ALLOWANCE"), false, false, false, null));
        Ticket later =
                checkIn.issue(terminal, new CheckInRequest("fi", List.of("TAX_RETURN"), false, false, false, null));
        calling.call(clerk, desk1.getId(), ticket.getId());
        Visit served = calling.serve(clerk, desk1.getId(), ticket.getId());
        assertThat(served.getStatus()).isEqualTo(VisitStatus.IN_SERVICE);
        assertThat(visits.visit(clerk, served.getId()).getClerk().getUsername()).isEqualTo("clerk");

        assertRefused(
                () -> calling.transfer(
                        clerk,
                        desk1.getId(),
                        ticket.getId(),
                        List.of(),
                        new TransferTo(TargetKind.AGENCY, null, null, "TAX")),
                "arrival.transfer.noSpecialistDesk");
        assertRefused(
                () -> calling.transfer(
                        clerk,
                        desk1.getId(),
                        ticket.getId(),
                        List.of(),
                        new TransferTo(TargetKind.CLERK, null, user("clerk2").getId(), null)),
                "arrival.transfer.clerkUnknown");
        assertRefused(
                () -> calling.transfer(
                        clerk,
                        desk1.getId(),
                        ticket.getId(),
                        List.of(),
                        new TransferTo(TargetKind.DESK, deskOf("TERVO", 1).getId(), null, null)),
                "arrival.transfer.deskUnknown");
        long kelaErrand = errand(ticket, "KELA_HOUSING_ALLOWANCE").getId();
        Ticket sent = calling.transfer(
                clerk,
                desk1.getId(),
                ticket.getId(),
                List.of(kelaErrand),
                new TransferTo(TargetKind.AGENCY, null, null, "KELA"));
        assertThat(sent.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(sent.getTargetKind()).isEqualTo(TargetKind.AGENCY);
        assertThat(sent.getQueuedAt()).isEqualTo(ticket.getQueuedAt());
        assertThat(errand(sent, "TAX_CARD").getState()).isEqualTo(ErrandState.HANDLED);
        assertThat(sent.getOpenErrands())
                .extracting(e -> e.getTask().getCode())
                .containsExactly("KELA_HOUSING_ALLOWANCE");

        assertThat(calling.callNext(clerk, desk1.getId()).orElseThrow().getId())
                .as("desk 1 does not call a ticket sent to Kela's specialist")
                .isEqualTo(later.getId());
        assertRefused(() -> calling.call(clerk, desk1.getId(), ticket.getId()), "arrival.call.customerAtDesk");
        calling.transfer(
                clerk, desk1.getId(), later.getId(), List.of(), new TransferTo(TargetKind.ANY, null, null, null));

        Desk kelaDesk = signIn("kela", "KEITELE", 3);
        assertThat(calling.callNext(kela, kelaDesk.getId()).orElseThrow().getId())
                .isEqualTo(ticket.getId());
        Visit takenOver = calling.serve(kela, kelaDesk.getId(), ticket.getId());
        assertThat(takenOver.getId()).as("the same visit").isEqualTo(served.getId());
        assertThat(visits.visit(kela, takenOver.getId()).getClerk().getUsername())
                .isEqualTo("kela");
        Ticket back = calling.transfer(
                kela,
                kelaDesk.getId(),
                ticket.getId(),
                List.of(),
                new TransferTo(TargetKind.DESK, desk1.getId(), null, null));
        assertThat(back.getTargetDesk().getId()).isEqualTo(desk1.getId());

        Ticket again = calling.callNext(clerk, desk1.getId()).orElseThrow();
        assertThat(again.getId())
                .as("sent to desk 1, and the other went back with a later place")
                .isEqualTo(ticket.getId());
        Visit visit = calling.serve(clerk, desk1.getId(), ticket.getId());
        Visit profiled = intake.profile(
                clerk, visit.getId(), visits.visit(clerk, visit.getId()).getVersion(), "SELF_DIRECTED");
        assertThat(profiled.getTasks())
                .extracting(t -> t.getTask().getCode())
                .as("the terminal's errands joined the visit")
                .containsExactlyInAnyOrder("TAX_CARD", "KELA_HOUSING_ALLOWANCE");
        close(clerk, visits.visit(clerk, visit.getId()));
        assertThat(reread(ticket).getStatus())
                .as("closing the visit ends the ticket")
                .isEqualTo(TicketStatus.DONE);
        assertThat(calling.atDesk(clerk, desk1.getId())).isEmpty();
        finishAtDesk(clerk, desk1, calling.callNext(clerk, desk1.getId()).orElseThrow());
        desks.signOut(clerk, desk1.getId());
        desks.signOut(kela, kelaDesk.getId());
    }

    @Test
    void aClerkSeesAndCallsOnlyAtTheirOwnPoints() {
        StaffUser clerk2 = user("clerk2");
        Desk keitele = deskOf("KEITELE", 2);
        Ticket ticket = checkIn.issue(
                terminal("KEITELE"), new CheckInRequest("fi", List.of("TAX_CARD"), false, false, false, null));
        assertRefused(() -> desks.signIn(clerk2, keitele.getId()), "arrival.desk.notFound");
        assertRefused(() -> desks.atPoint(clerk2, point("KEITELE")), "frontDesk.pointNotYours");
        assertRefused(() -> boards.desksBoard(clerk2, point("KEITELE")), "frontDesk.pointNotYours");
        Desk tervo = signIn("clerk2", "TERVO", 1);
        assertRefused(() -> calling.call(clerk2, tervo.getId(), ticket.getId()), "arrival.ticket.notFound");
        assertRefused(() -> calling.callAgain(user("clerk"), tervo.getId(), ticket.getId()), "arrival.desk.notFound");
        desks.signOut(clerk2, tervo.getId());
        String board = boards.desksBoard(user("clerk"), point("KEITELE"));
        assertThat(board).contains("\"type\":\"desks\"", "TAX_CARD");
    }

    @Test
    void deviceTokensAreIssuedRevokedAndTheirBoardsCarryNoErrands() {
        long point = point("VESANTO");
        Device display = devices.issue(DeviceKind.DISPLAY, point, "Näyttö 2");
        assertThat(display.getToken()).hasSize(48);
        String board = boards.publicBoard(display.getToken(), DeviceKind.DISPLAY);
        assertThat(board).contains("\"type\":\"board\"", "\"groups\"").doesNotContain("\"errands\"", "\"task\"");
        assertRefused(() -> boards.publicBoard(display.getToken(), DeviceKind.TERMINAL), "arrival.device.refused");
        devices.revoke(display.getId());
        assertRefused(() -> boards.publicBoard(display.getToken(), DeviceKind.DISPLAY), "arrival.device.refused");
        assertRefused(() -> devices.issue(DeviceKind.TERMINAL, point, " "), "kiosk.admin.labelRequired");
        assertRefused(() -> devices.issue(null, point, "x"), "arrival.device.kindRequired");
        assertThat(audit.ofAction("ARRIVAL_DEVICE_ISSUED", 20))
                .anyMatch(e -> e.getEntityId().equals(display.getId().toString()));
        assertThat(audit.ofAction("ARRIVAL_DEVICE_REVOKED", 20))
                .anyMatch(e -> e.getEntityId().equals(display.getId().toString()));
    }

    // ------------------------------------------------------------------ browser: terminal, display, desk 2

    @Test
    @RunAsClient
    void aCustomerChecksInTheDisplayShowsTheCallToDesk2WithinASecondAndTheClerkTransfersToKela() throws Exception {
        // Selenium is not in the deployment: the scenario lives in its own class, loaded only on the client side.
        ArrivalBrowserFlow.run(Deployments.loopback(url));
    }

    // ------------------------------------------------------------------ helpers

    private LocalDate at(String time) {
        LocalDate today = LocalDate.now(FINLAND);
        clock.use(
                Clock.fixed(today.atTime(LocalTime.parse(time)).atZone(FINLAND).toInstant(), FINLAND));
        return today;
    }

    /** Finishes the ticket at the desk the way the desk does: the customer comes, the visit is closed. */
    private void finishAtDesk(StaffUser clerk, Desk desk, Ticket ticket) {
        Visit visit = calling.serve(clerk, desk.getId(), ticket.getId());
        Visit profiled = intake.profile(
                clerk, visit.getId(), visits.visit(clerk, visit.getId()).getVersion(), "CONTACT_SEEKING");
        if (profiled.getTasks().isEmpty()) {
            return;
        }
        close(clerk, profiled);
    }

    private void close(StaffUser clerk, Visit visit) {
        Map<Long, TaskClosing> outcomes = new HashMap<>();
        for (VisitTask task : visit.getTasks()) {
            outcomes.put(task.getId(), new TaskClosing(task.getId(), TaskOutcome.DONE, null, false));
        }
        closing.close(clerk, visit.getId(), visit.getVersion(), outcomes, null, null);
    }

    /** Takes every waiting ticket of the point out of the way (a test's own tickets then come first). */
    private void drain(String code) {
        long point = point(code);
        tx.inNew(em -> {
            em.createQuery("SELECT t FROM Ticket t WHERE t.servicePoint.id = :p AND t.status = :w", Ticket.class)
                    .setParameter("p", point)
                    .setParameter("w", TicketStatus.WAITING)
                    .getResultList()
                    .forEach(t -> em.remove(t));
            return null;
        });
    }

    private Desk signIn(String username, String point, int number) {
        return desks.signIn(user(username), deskOf(point, number).getId());
    }

    private Desk deskOf(String point, int number) {
        return desks.atPoint(point(point)).stream()
                .filter(d -> d.getNumber() == number)
                .findFirst()
                .orElseThrow();
    }

    private Ticket reread(Ticket t) {
        return tx.inNew(em -> {
            Ticket fresh = em.find(Ticket.class, t.getId());
            fresh.getErrands().size();
            return fresh;
        });
    }

    private Visit visitOf(Ticket t) {
        return tx.inNew(em -> {
            Visit v = em.find(Ticket.class, t.getId()).getVisit();
            v.getTasks().size();
            return v;
        });
    }

    private int ticketsToday(long point) {
        return tx.inNew(em -> em.createNamedQuery("Ticket.ofPointOn", Ticket.class)
                .setParameter("point", point)
                .setParameter("day", clock.today())
                .getResultList()
                .size());
    }

    private static TicketErrand errand(Ticket t, String code) {
        return t.getErrands().stream()
                .filter(e -> e.getTask().getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private String terminal(String point) {
        return deviceOf(point, DeviceKind.TERMINAL);
    }

    private String display(String point) {
        return deviceOf(point, DeviceKind.DISPLAY);
    }

    private String deviceOf(String code, DeviceKind kind) {
        long point = point(code);
        return devices.all().stream()
                .filter(d -> d.isActive()
                        && d.getKind() == kind
                        && d.getServicePoint().getId() == point)
                .map(Device::getToken)
                .findFirst()
                .orElseGet(() -> devices.issue(kind, point, kind + " " + code).getToken());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(RefusedAction.class)
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo(key);
    }

    private StaffUser user(String username) {
        return tx.inNew(em -> {
            StaffUser u = em.createNamedQuery("StaffUser.byUsername", StaffUser.class)
                    .setParameter("username", username)
                    .getSingleResult();
            u.getServicePoints().size();
            u.getRoles().size();
            return u;
        });
    }

    private long point(String code) {
        return tx.inNew(em -> em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", code)
                .getSingleResult()
                .getId());
    }
}
