package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.arrival.boundary.SelfBooking;
import fi.asiointipiste.arrival.control.SlotLength;
import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.statistics.boundary.ClosingReports;
import fi.asiointipiste.visits.boundary.Queue;
import fi.asiointipiste.visits.boundary.VisitSearch;
import fi.asiointipiste.visits.boundary.VisitSearchCriteria;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.AppointmentStatus;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.RemoteMeans;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
 * The desk side of arrival in the container: self-booking (length from the door-predicted levels, capacity under
 * concurrent bookings, cancel and move with the code, the rate limit, the identity-code refusal), remote visits;
 * and in a headless browser a customer who books a time and cancels it with the code. Vesanto (one desk) and Tervo
 * are the self-booking tests' points, so that the other IT classes' points stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
class ArrivalDeskIT {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(ArrivalDeskIT.class, TestTransactions.class, Deployments.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    TestTransactions tx;

    @Inject
    SelfBooking selfBooking;

    @Inject
    Queue queue;

    @Inject
    VisitSearch search;

    @Inject
    ClosingReports reports;

    @Inject
    fi.asiointipiste.arrival.boundary.CheckIn checkIn;

    @Inject
    fi.asiointipiste.arrival.boundary.Devices devices;

    @Inject
    AuditLog audit;

    @Inject
    ServiceClock clock;

    @Inject
    fi.asiointipiste.platform.startup.StartupProgress progress;

    /** The demo's generated visits are written in the background; the search and report tests count them. */
    @org.junit.jupiter.api.BeforeEach
    void demoVisitsWritten() throws InterruptedException {
        if (progress != null) {
            assertThat(progress.awaitEnd(java.time.Duration.ofMinutes(3)))
                    .as("background start-up ended")
                    .isTrue();
        }
    }

    @AfterEach
    void realClock() {
        if (clock != null) {
            clock.use(Clock.system(FINLAND));
        }
    }

    // ------------------------------------------------------------------ self-booking

    @Test
    void aSelfBookedTimeLastsAsItsErrandsPredictedLevelsSayAndItsCodeMovesAndCancelsIt() {
        long vesanto = point("VESANTO");
        SelfBooking.Plan plan = selfBooking.plan(vesanto, List.of("TAX_CARD", "RENTAL_APARTMENT"), "sv", false);
        assertThat(plan.errands()).extracting(e -> e.task().getCode()).containsExactly("TAX_CARD", "RENTAL_APARTMENT");
        assertThat(plan.errands()).allMatch(e -> e.level() != null);
        assertThat(plan.minutes())
                .isEqualTo(SlotLength.minutes(
                        plan.errands().stream()
                                .map(SelfBooking.PlannedErrand::level)
                                .toList(),
                        false));
        SelfBooking.Plan withInterpreter =
                selfBooking.plan(vesanto, List.of("TAX_CARD", "RENTAL_APARTMENT"), "sv", true);
        assertThat(withInterpreter.minutes()).isGreaterThan(plan.minutes());

        LocalDate day = selfBooking.days().get(3);
        List<LocalDateTime> free = selfBooking.freeTimes(vesanto, day, plan.minutes());
        assertThat(free).isNotEmpty().allMatch(t -> t.toLocalDate().equals(day));
        LocalDateTime start = free.get(free.size() - 1);
        Appointment booked = selfBooking.book(
                "198.51.100.1",
                new SelfBooking.Request(
                        vesanto,
                        List.of("TAX_CARD", "RENTAL_APARTMENT"),
                        "sv",
                        false,
                        start,
                        "Tarvitsen apua lomakkeen kanssa"));
        assertThat(booked.getStartsAt()).isEqualTo(start);
        assertThat(booked.getDurationMinutes()).isEqualTo(plan.minutes());
        assertThat(booked.getBookedBy()).isEqualTo(Appointment.BOOKED_ONLINE);
        assertThat(booked.getLanguage()).isEqualTo("sv");
        assertThat(booked.getCustomer()).isNull();
        assertThat(booked.getCode()).hasSize(Appointment.CODE_LENGTH);
        assertThat(selfBooking.freeTimes(vesanto, day, plan.minutes()))
                .as("Vesanto has one desk")
                .doesNotContain(start);
        assertThat(audit.ofAction("APPOINTMENT_BOOKED", 5))
                .anyMatch(e -> e.getActor().equals("online")
                        && e.getEntityId().equals(booked.getId().toString()));

        // The code as a customer types it: lower case, with a space.
        String typed = booked.getCode().substring(0, 3).toLowerCase() + " "
                + booked.getCode().substring(3);
        assertThat(selfBooking.find("198.51.100.1", typed).getId()).isEqualTo(booked.getId());
        LocalDateTime later = selfBooking
                .freeTimes(vesanto, selfBooking.days().get(4), plan.minutes())
                .get(0);
        Appointment moved = selfBooking.move("198.51.100.1", typed, later);
        assertThat(moved.getStartsAt()).isEqualTo(later);
        assertThat(moved.getDurationMinutes()).isEqualTo(plan.minutes());
        assertThat(moved.getTasks()).hasSize(2);
        assertThat(selfBooking.freeTimes(vesanto, day, plan.minutes()))
                .as("the old time is free again")
                .contains(start);
        assertRefused(
                () -> selfBooking.move("198.51.100.1", typed, later.withMinute(10)), "selfBooking.timeNotOffered");

        Appointment cancelled = selfBooking.cancel("198.51.100.1", booked.getCode());
        assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
        assertRefused(() -> selfBooking.find("198.51.100.1", booked.getCode()), "selfBooking.codeUnknown");
        assertRefused(() -> selfBooking.cancel("198.51.100.1", booked.getCode()), "selfBooking.codeUnknown");
    }

    @Test
    void aTimeOutsideTheOfferAnIdentityCodeInTheNoteOrAnUnknownErrandBooksNothing() {
        long tervo = point("TERVO");
        LocalDate day = selfBooking.days().get(5);
        int before = appointmentsAt(tervo);
        assertRefused(
                () -> selfBooking.book(
                        "198.51.100.2",
                        new SelfBooking.Request(
                                tervo, List.of("TAX_CARD"), "fi", false, day.atTime(9, 0), "hetu 131052-308T kiitos")),
                "selfBooking.noteIdentifying");
        assertRefused(
                () -> selfBooking.book(
                        "198.51.100.2",
                        new SelfBooking.Request(tervo, List.of("TAX_CARD"), "fi", false, day.atTime(9, 5), null)),
                "selfBooking.timeNotOffered");
        assertRefused(
                () -> selfBooking.book(
                        "198.51.100.2",
                        new SelfBooking.Request(
                                tervo,
                                List.of("TAX_CARD"),
                                "fi",
                                false,
                                LocalDate.now(FINLAND).atTime(15, 0),
                                null)),
                "selfBooking.timeNotOffered");
        assertRefused(
                () -> selfBooking.book(
                        "198.51.100.2",
                        new SelfBooking.Request(tervo, List.of("NO_SUCH"), "fi", false, day.atTime(9, 0), null)),
                "frontDesk.task.unknown");
        assertRefused(
                () -> selfBooking.book(
                        "198.51.100.2",
                        new SelfBooking.Request(tervo, List.of("TAX_CARD"), "de", false, day.atTime(9, 0), null)),
                "selfBooking.languageRequired");
        assertRefused(
                () -> selfBooking.book(
                        "198.51.100.2",
                        new SelfBooking.Request(-5, List.of("TAX_CARD"), "fi", false, day.atTime(9, 0), null)),
                "selfBooking.pointUnknown");
        assertThat(appointmentsAt(tervo)).isEqualTo(before);
    }

    @Test
    void ofTwoCustomersBookingTheLastFreeDeskAtOnceExactlyOneGetsIt() throws Exception {
        long keitele = point("KEITELE");
        int desks = tx.inNew(em -> em.find(ServicePoint.class, keitele).getDesks());
        assertThat(desks).isGreaterThan(1);
        LocalDate day = selfBooking.days().get(6);
        int minutes =
                selfBooking.plan(keitele, List.of("TAX_CARD"), "fi", false).minutes();
        LocalDateTime slot = day.atTime(LocalTime.of(13, 0));
        assertThat(selfBooking.freeTimes(keitele, day, minutes)).contains(slot);
        for (int i = 1; i < desks; i++) {
            selfBooking.book(
                    "198.51.100.3" + i, new SelfBooking.Request(keitele, List.of("TAX_CARD"), "fi", false, slot, null));
        }
        assertThat(selfBooking.freeTimes(keitele, day, minutes))
                .as("one desk left")
                .contains(slot);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Appointment>> results = new ArrayList<>();
        for (String address : List.of("198.51.100.41", "198.51.100.42")) {
            Callable<Appointment> booking = () -> {
                ready.countDown();
                go.await();
                return selfBooking.book(
                        address, new SelfBooking.Request(keitele, List.of("TAX_CARD"), "fi", false, slot, null));
            };
            results.add(pool.submit(booking));
        }
        ready.await(5, TimeUnit.SECONDS);
        go.countDown();
        int won = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<Appointment> f : results) {
            try {
                f.get(30, TimeUnit.SECONDS);
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                refusals.add(
                        e.getCause() instanceof RefusedAction r
                                ? r.key()
                                : e.getCause().toString());
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(refusals).containsExactly("appointment.desksFull");
        assertThat(selfBooking.freeTimes(keitele, day, minutes)).doesNotContain(slot);
        long atSlot = tx.inNew(em -> em.createQuery(
                        "SELECT COUNT(a) FROM Appointment a WHERE a.servicePoint.id = :p"
                                + " AND a.startsAt = :s AND a.status = :b",
                        Long.class)
                .setParameter("p", keitele)
                .setParameter("s", slot)
                .setParameter("b", AppointmentStatus.BOOKED)
                .getSingleResult());
        assertThat(atSlot).isEqualTo(desks);
    }

    @Test
    void oneAddressIsRefusedAfterItsLimitAnotherIsNot() {
        for (int i = 0; i < 30; i++) {
            assertRefused(() -> selfBooking.find("192.0.2.77", "XXXXXX"), "selfBooking.codeUnknown");
        }
        assertRefused(() -> selfBooking.find("192.0.2.77", "XXXXXX"), "selfBooking.tooMany");
        assertRefused(() -> selfBooking.cancel("192.0.2.77", "XXXXXX"), "selfBooking.tooMany");
        assertRefused(() -> selfBooking.find("192.0.2.78", "XXXXXX"), "selfBooking.codeUnknown");
    }

    // ------------------------------------------------------------------ remote visits

    @Test
    void aClerkRecordsAPhoneVisitWithoutATicketOnlyAtTheirOwnPoint() {
        StaffUser clerk2 = user("clerk2");
        Visit phone = queue.remote(clerk2, point("TERVO"), RemoteMeans.PHONE);
        assertThat(phone.getChannel()).isEqualTo(Channel.REMOTE);
        assertThat(phone.getRemoteMeans()).isEqualTo(RemoteMeans.PHONE);
        assertThat(phone.getStatus()).isEqualTo(VisitStatus.IN_SERVICE);
        assertThat(phone.getClerk().getUsername()).isEqualTo("clerk2");
        assertThat(phone.getStartedAt()).isEqualTo(phone.getArrivedAt());
        long tickets = tx.inNew(em -> em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.visit.id = :v", Long.class)
                .setParameter("v", phone.getId())
                .getSingleResult());
        assertThat(tickets).isZero();
        Visit video = queue.remote(clerk2, point("VESANTO"), RemoteMeans.VIDEO);
        RemoteMeans stored = tx.inNew(em -> em.find(Visit.class, video.getId()).getRemoteMeans());
        assertThat(stored).isEqualTo(RemoteMeans.VIDEO);
        assertRefused(() -> queue.remote(clerk2, point("PIELAVESI"), RemoteMeans.PHONE), "frontDesk.pointNotYours");
        assertRefused(() -> queue.remote(clerk2, point("TERVO"), null), "frontDesk.remote.meansRequired");
    }

    // ------------------------------------------------------------------ visit search

    @Test
    void theSearchFindsVisitsByDayTicketErrandAndCustomerOnlyAtTheSearchersPointsAndAuditsTheCustomer() {
        StaffUser clerk2 = user("clerk2");
        long tervo = point("TERVO");
        String token = devices.all().stream()
                .filter(d -> d.isActive()
                        && d.getKind() == fi.asiointipiste.arrival.entity.DeviceKind.TERMINAL
                        && d.getServicePoint().getId() == tervo)
                .map(fi.asiointipiste.arrival.entity.Device::getToken)
                .findFirst()
                .orElseGet(
                        () -> devices.issue(fi.asiointipiste.arrival.entity.DeviceKind.TERMINAL, tervo, "IT terminal")
                                .getToken());
        fi.asiointipiste.arrival.entity.Ticket ticket = checkIn.issue(
                token,
                new fi.asiointipiste.arrival.boundary.CheckInRequest(
                        "fi", List.of("RENTAL_APARTMENT"), false, false, false, null));
        Visit ticketVisit = ticket.getVisit();

        VisitSearch.Result byTicket = search.search(
                clerk2,
                new VisitSearchCriteria()
                        .at(tervo, LocalDate.now(FINLAND))
                        .withTicket(String.valueOf(ticket.getNumber())));
        assertThat(byTicket.visits()).extracting(Visit::getId).containsExactly(ticketVisit.getId());
        assertThat(byTicket.tickets()).containsEntry(ticketVisit.getId(), ticket.getLabel());

        // By errand: exactly the visits of clerk2's points (Tervo, Vesanto) that day with that errand, as a recount
        // says.
        LocalDate past = LocalDate.now(FINLAND).minusDays(2);
        Object[] sample = tx.inNew(em -> em.createQuery(
                        "SELECT t.task.code, COUNT(t) FROM VisitTask t WHERE"
                                + " t.visit.servicePoint.id = :p AND t.visit.arrivedAt >= :f AND t.visit.arrivedAt < :u"
                                + " GROUP BY t.task.code ORDER BY COUNT(t) DESC",
                        Object[].class)
                .setParameter("p", tervo)
                .setParameter("f", past.minusDays(5).atStartOfDay())
                .setParameter("u", past.plusDays(1).atStartOfDay())
                .setMaxResults(1)
                .getSingleResult());
        String code = (String) sample[0];
        LocalDate day = tx.inNew(em -> em.createQuery(
                        "SELECT t.visit.arrivedAt FROM VisitTask t WHERE"
                                + " t.visit.servicePoint.id = :p AND t.task.code = :c AND t.visit.arrivedAt < :u"
                                + " ORDER BY t.visit.arrivedAt DESC",
                        java.time.LocalDateTime.class)
                .setParameter("p", tervo)
                .setParameter("c", code)
                .setParameter("u", past.plusDays(1).atStartOfDay())
                .setMaxResults(1)
                .getSingleResult()
                .toLocalDate());
        List<Long> recount = tx.inNew(em -> em.createQuery(
                        "SELECT DISTINCT t.visit.id FROM VisitTask t WHERE"
                                + " t.visit.servicePoint.code IN ('TERVO', 'VESANTO') AND t.task.code = :c"
                                + " AND t.visit.arrivedAt >= :f AND t.visit.arrivedAt < :u",
                        Long.class)
                .setParameter("c", code)
                .setParameter("f", day.atStartOfDay())
                .setParameter("u", day.plusDays(1).atStartOfDay())
                .getResultList());
        VisitSearch.Result byErrand =
                search.search(clerk2, new VisitSearchCriteria().at(null, day).withTask(code));
        assertThat(recount).isNotEmpty();
        assertThat(byErrand.visits()).extracting(Visit::getId).containsExactlyInAnyOrderElementsOf(recount);
        // The ticket's visit has no errand at the desk yet (the terminal's are only planned): found by day, not by
        // errand.
        assertThat(search.search(clerk2, new VisitSearchCriteria().at(tervo, LocalDate.now(FINLAND)))
                        .visits())
                .extracting(Visit::getId)
                .contains(ticketVisit.getId());

        // Another point's clerk neither finds it nor may ask for Tervo.
        StaffUser clerk = user("clerk");
        assertThat(search.search(clerk, new VisitSearchCriteria().at(null, day).withTask(code))
                        .visits())
                .extracting(Visit::getId)
                .doesNotContainAnyElementsOf(recount);
        assertThat(search.search(clerk, new VisitSearchCriteria().at(null, LocalDate.now(FINLAND)))
                        .visits())
                .extracting(Visit::getId)
                .doesNotContain(ticketVisit.getId());
        assertRefused(
                () -> search.search(clerk, new VisitSearchCriteria().at(tervo, LocalDate.now(FINLAND))),
                "frontDesk.pointNotYours");
        assertRefused(
                () -> search.search(clerk2, new VisitSearchCriteria().withTicket("A7")), "visitSearch.ticketInvalid");

        // By customer over every day: a known demo customer's visits at clerk2's points, each customer audited.
        StaffUser supervisor = user("supervisor.tervo");
        fi.asiointipiste.customers.entity.Customer someone = tx.inNew(em -> em.createQuery(
                        "SELECT v.customer FROM Visit v WHERE v.customer IS NOT NULL AND v.servicePoint.id = :p",
                        fi.asiointipiste.customers.entity.Customer.class)
                .setParameter("p", tervo)
                .setMaxResults(1)
                .getSingleResult());
        long before = audit.ofAction("VISITS_SEARCHED_BY_CUSTOMER", 1000).size();
        VisitSearch.Result byCustomer =
                search.search(supervisor, new VisitSearchCriteria().withCustomer(someone.getFullName()));
        assertThat(byCustomer.visits()).extracting(v -> v.getCustomer().getId()).contains(someone.getId());
        assertThat(byCustomer.visits()).allMatch(v -> v.getServicePoint().getId() == tervo);
        assertThat(audit.ofAction("VISITS_SEARCHED_BY_CUSTOMER", 1000).size()).isGreaterThan((int) before);
        assertThat(audit.ofAction("VISITS_SEARCHED_BY_CUSTOMER", 1000))
                .anyMatch(e -> e.getEntityId().equals(someone.getId().toString())
                        && e.getEntityType().equals("Customer"));
    }

    // ------------------------------------------------------------------ closing report

    @Test
    void theClosingReportsFiguresMatchARecountOfTheDaysVisits() {
        StaffUser clerk = user("clerk");
        long keitele = point("KEITELE");
        LocalDate day = LocalDate.now(FINLAND).minusDays(3);
        ClosingReports.Report report = reports.of(clerk, keitele, day);
        List<Visit> dayVisits = tx.inNew(em -> {
            List<Visit> vs = em.createQuery(
                            "SELECT v FROM Visit v WHERE v.servicePoint.id = :p AND v.arrivedAt >= :f"
                                    + " AND v.arrivedAt < :u",
                            Visit.class)
                    .setParameter("p", keitele)
                    .setParameter("f", day.atStartOfDay())
                    .setParameter("u", day.plusDays(1).atStartOfDay())
                    .getResultList();
            vs.forEach(v -> v.getTasks().size());
            return vs;
        });
        assertThat(report.raw().visits()).isEqualTo(dayVisits.size());
        for (Channel c : Channel.values()) {
            assertThat(report.raw().channel(c).visits())
                    .as(c.name())
                    .isEqualTo(
                            dayVisits.stream().filter(v -> v.getChannel() == c).count());
            assertThat(report.raw().channel(c).noShows())
                    .isEqualTo(dayVisits.stream()
                            .filter(v -> v.getChannel() == c && v.getStatus() == VisitStatus.NO_SHOW)
                            .count());
        }
        for (fi.asiointipiste.routing.entity.SupportLevel l : fi.asiointipiste.routing.entity.SupportLevel.values()) {
            assertThat(report.raw().errands(l))
                    .isEqualTo(dayVisits.stream()
                            .flatMap(v -> v.getTasks().stream())
                            .filter(t -> t.getAppliedLevel() == l)
                            .count());
        }
        List<Long> handling = dayVisits.stream()
                .filter(v -> v.getStatus() == VisitStatus.DONE)
                .map(v -> java.time.Duration.between(v.getStartedAt(), v.getEndedAt())
                        .toMinutes())
                .toList();
        if (!handling.isEmpty()) {
            assertThat(report.raw().meanHandling())
                    .isCloseTo(
                            handling.stream()
                                    .mapToLong(Long::longValue)
                                    .average()
                                    .orElseThrow(),
                            org.assertj.core.data.Offset.offset(0.001));
        }
        long open = tx.inNew(em -> em.createQuery(
                        "SELECT COUNT(h) FROM Handoff h WHERE h.visitTask.visit.servicePoint.id"
                                + " = :p AND h.status IN :open",
                        Long.class)
                .setParameter("p", keitele)
                .setParameter(
                        "open",
                        List.of(
                                fi.asiointipiste.visits.entity.HandoffStatus.REQUESTED,
                                fi.asiointipiste.visits.entity.HandoffStatus.ACCEPTED,
                                fi.asiointipiste.visits.entity.HandoffStatus.JOINED))
                .getSingleResult());
        assertThat(report.raw().openHandoffs()).isEqualTo(open);
        assertThat(report.channels().getRows()).hasSize(Channel.values().length + 1);
        assertRefused(() -> reports.of(user("clerk2"), keitele, day), "frontDesk.pointNotYours");
    }

    // ------------------------------------------------------------------ browser

    @Test
    @RunAsClient
    void aCustomerBooksATimeOnThePublicPageAndCancelsItWithTheCode() throws Exception {
        ArrivalDeskBrowserFlow.selfBookAndCancel(Deployments.loopback(url));
    }

    @Test
    @RunAsClient
    void outisVisitFitsA1366x768WorkspaceAndClosesWithTheKeyboard() throws Exception {
        ArrivalDeskBrowserFlow.workspaceFits(Deployments.loopback(url), null);
    }

    // ------------------------------------------------------------------ helpers

    private int appointmentsAt(long point) {
        return tx.inNew(
                em -> em.createQuery("SELECT COUNT(a) FROM Appointment a WHERE a.servicePoint.id = :p", Long.class)
                        .setParameter("p", point)
                        .getSingleResult()
                        .intValue());
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
