package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.feedback.boundary.Kiosks;
import fi.asiointipiste.feedback.entity.KioskToken;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.boundary.Appointments;
import fi.asiointipiste.visits.boundary.Booking;
import fi.asiointipiste.visits.boundary.Closing;
import fi.asiointipiste.visits.boundary.Errands;
import fi.asiointipiste.visits.boundary.Handoffs;
import fi.asiointipiste.visits.boundary.Intake;
import fi.asiointipiste.visits.boundary.Queue;
import fi.asiointipiste.visits.boundary.Visits;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.AppointmentStatus;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.Handoff;
import fi.asiointipiste.visits.entity.HandoffMode;
import fi.asiointipiste.visits.entity.HandoffStatus;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.TaskClosing;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services behind the front desk in the container: queue states, access to one's own points only,
 * recommendation and override, closing with its event, concurrent edits, hand-offs and the feedback kiosk.
 */
@ExtendWith(ArquillianExtension.class)
class FrontDeskIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(FrontDeskIT.class, TestTransactions.class, DeskEvents.class);
    }

    @Inject
    TestTransactions tx;

    @Inject
    Queue queue;

    @Inject
    Visits visits;

    @Inject
    Intake intake;

    @Inject
    Errands errands;

    @Inject
    Closing closing;

    @Inject
    Handoffs handoffs;

    @Inject
    Kiosks kiosks;

    @Inject
    Customers customers;

    @Inject
    AuditLog audit;

    @Inject
    DeskEvents events;

    @Inject
    Appointments appointments;

    @Inject
    ServiceClock clock;

    @Test
    void theQueueMovesFromWaitingToServiceAndNoShow() {
        StaffUser clerk = user("clerk");
        long point = point("KEITELE");
        Visit first = queue.walkIn(clerk, point, false);
        Visit second = queue.walkIn(clerk, point, false);
        assertThat(first.getStatus()).isEqualTo(VisitStatus.WAITING);

        Visit called = queue.callNext(clerk, point).orElseThrow();
        assertThat(called.getId()).isEqualTo(first.getId());
        assertThat(called.getStatus()).isEqualTo(VisitStatus.IN_SERVICE);
        assertThat(called.getClerk().getUsername()).isEqualTo("clerk");
        Visit stale = visits.visit(clerk, second.getId());
        queue.noShow(clerk, second.getId(), stale.getVersion());

        Visit servedNow = queue.walkIn(clerk, point, true);
        assertThat(servedNow.getStatus()).isEqualTo(VisitStatus.IN_SERVICE);
        List<Visit> today = queue.today(clerk, point);
        assertThat(today).extracting(Visit::getId).contains(first.getId(), second.getId(), servedNow.getId());
        assertThat(today)
                .filteredOn(v -> v.getId().equals(second.getId()))
                .extracting(Visit::getStatus)
                .containsExactly(VisitStatus.NO_SHOW);
        assertThat(events.closedVisits()).contains(second.getId());
    }

    @Test
    void aClerkCannotReadOrChangeAnotherPointsVisits() {
        StaffUser clerk = user("clerk");
        StaffUser clerk2 = user("clerk2");
        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        assertThatThrownBy(() -> visits.visit(clerk2, visit.getId()))
                .isInstanceOf(RefusedAction.class)
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("frontDesk.visit.notFound");
        assertThatThrownBy(() -> queue.today(clerk2, point("PIELAVESI"))).isInstanceOf(RefusedAction.class);
        assertThatThrownBy(() -> intake.profile(clerk2, visit.getId(), visit.getVersion(), "SELF_DIRECTED"))
                .isInstanceOf(RefusedAction.class);
        assertThatThrownBy(() -> queue.walkIn(user("supervisor"), point("PIELAVESI"), true))
                .isInstanceOf(RefusedAction.class);
        assertThat(visits.visit(clerk, visit.getId()).getProfile()).isNull();
    }

    @Test
    void theRecommendationIsStoredAndAnOverrideNeedsAReason() {
        StaffUser clerk = user("clerk");
        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        assertThatThrownBy(() -> errands.addTask(clerk, visit.getId(), visit.getVersion(), "RENTAL_APARTMENT"))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("frontDesk.task.profileFirst");
        Visit profiled = intake.profile(clerk, visit.getId(), visit.getVersion(), "MULTI_UNSKILLED");
        VisitTask task = errands.addTask(clerk, visit.getId(), profiled.getVersion(), "RENTAL_APARTMENT");
        assertThat(task.getRecommendedLevel()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(task.getAppliedLevel()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(task.getInvolvedAgency().getCode()).isEqualTo("MUNICIPALITY");
        assertThat(task.getRuleSetId()).isNotNull();
        assertThat(task.getDecisionFacts()).contains("profile=\"MULTI_UNSKILLED\"", "task=\"RENTAL_APARTMENT\"");

        long version = visits.visit(clerk, visit.getId()).getVersion();
        assertThatThrownBy(() ->
                        errands.apply(clerk, visit.getId(), version, task.getId(), SupportLevel.GUIDED, null, null))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("frontDesk.apply.reasonRequired");
        assertThatThrownBy(() -> errands.apply(
                        clerk, visit.getId(), version, task.getId(), SupportLevel.GUIDED, OverrideReason.OTHER, " "))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("frontDesk.apply.noteRequired");
        assertThat(visits.visit(clerk, visit.getId()).getTasks().get(0).getAppliedLevel())
                .isEqualTo(SupportLevel.FULL_ASSISTANCE);

        VisitTask overridden = errands.apply(
                clerk,
                visit.getId(),
                version,
                task.getId(),
                SupportLevel.GUIDED,
                OverrideReason.CUSTOMER_WISH,
                "wants to try");
        assertThat(overridden.isOverridden()).isTrue();
        assertThat(overridden.getRecommendedLevel()).isEqualTo(SupportLevel.FULL_ASSISTANCE);
        assertThat(overridden.getOverrideReason()).isEqualTo(OverrideReason.CUSTOMER_WISH);
    }

    @Test
    void closingNeedsAFollowUpDateForAContinuingTaskAndFiresVisitClosedInTheTransaction() {
        StaffUser clerk = user("clerk");
        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        Visit profiled = intake.profile(clerk, visit.getId(), visit.getVersion(), "SELF_DIRECTED");
        VisitTask task = errands.addTask(clerk, visit.getId(), profiled.getVersion(), "TAX_CARD");
        long version = visits.visit(clerk, visit.getId()).getVersion();

        Map<Long, TaskClosing> noDate =
                Map.of(task.getId(), new TaskClosing(task.getId(), TaskOutcome.CONTINUES, null, true));
        assertThatThrownBy(() -> closing.close(clerk, visit.getId(), version, noDate, "n", "idea"))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("frontDesk.close.followUpRequired");
        assertThat(visits.visit(clerk, visit.getId()).getStatus()).isEqualTo(VisitStatus.IN_SERVICE);
        assertThat(events.closedVisits()).doesNotContain(visit.getId());

        LocalDate followUp = LocalDate.now().plusDays(7);
        Visit closed = closing.close(
                clerk,
                visit.getId(),
                version,
                Map.of(task.getId(), new TaskClosing(task.getId(), TaskOutcome.CONTINUES, followUp, true)),
                "came with the tax card",
                "The queue screen is hard to read");
        assertThat(closed.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(closed.getHandlingMinutes()).isNotNull();
        VisitTask stored = visits.visit(clerk, visit.getId()).getTasks().get(0);
        assertThat(stored.getOutcome()).isEqualTo(TaskOutcome.CONTINUES);
        assertThat(stored.getFollowUpOn()).isEqualTo(followUp);
        assertThat(stored.getCustomerDidItThemselves()).isTrue();
        assertThat(events.closedVisits()).contains(visit.getId());
        assertThat(events.allInsideTransaction()).isTrue();
        long notes =
                tx.inNew(em -> em.createQuery("SELECT COUNT(n) FROM ParkingLotNote n WHERE n.visitId = :v", Long.class)
                        .setParameter("v", visit.getId())
                        .getSingleResult());
        assertThat(notes).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndNothingIsOverwritten() {
        StaffUser clerk = user("clerk");
        StaffUser kela = user("kela");
        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        long seenByBoth = visit.getVersion();
        intake.profile(clerk, visit.getId(), seenByBoth, "SELF_DIRECTED");
        assertThatThrownBy(() -> intake.profile(kela, visit.getId(), seenByBoth, "MULTI_UNSKILLED"))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(visits.visit(clerk, visit.getId()).getProfile().getCode()).isEqualTo("SELF_DIRECTED");
    }

    @Test
    void aHandOffIsRequestedAcceptedJoinedAndCompletedByTheAgencysSpecialist() {
        StaffUser clerk = user("clerk");
        StaffUser kela = user("kela");
        StaffUser te = user("te.palvelut");
        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        Visit profiled = intake.profile(clerk, visit.getId(), visit.getVersion(), "MULTI_UNSKILLED");
        VisitTask task = errands.addTask(clerk, visit.getId(), profiled.getVersion(), "RENTAL_APARTMENT");

        assertThatThrownBy(() -> handoffs.request(
                        clerk,
                        visit.getId(),
                        task.getId(),
                        "KELA",
                        HandoffMode.REMOTE_VIDEO,
                        null,
                        "video room",
                        false,
                        true,
                        false))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("handoff.consentRequired");
        Handoff requested = handoffs.request(
                clerk,
                visit.getId(),
                task.getId(),
                "KELA",
                HandoffMode.REMOTE_VIDEO,
                null,
                "video room 2",
                true,
                true,
                true);
        assertThat(requested.getStatus()).isEqualTo(HandoffStatus.REQUESTED);
        assertThat(handoffs.inbox(kela)).extracting(Handoff::getId).contains(requested.getId());
        assertThat(handoffs.inbox(te)).extracting(Handoff::getId).doesNotContain(requested.getId());
        assertThat(handoffs.inbox(clerk)).isEmpty();
        assertThatThrownBy(() -> handoffs.accept(te, requested.getId(), requested.getVersion()))
                .isInstanceOf(RefusedAction.class);

        Handoff accepted = handoffs.accept(kela, requested.getId(), requested.getVersion());
        assertThatThrownBy(() -> handoffs.accept(kela, requested.getId(), accepted.getVersion()))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("handoff.alreadyTaken");
        Handoff joined = handoffs.joined(kela, accepted.getId(), accepted.getVersion());
        assertThatThrownBy(() -> handoffs.complete(kela, joined.getId(), joined.getVersion(), " "))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("handoff.outcomeRequired");
        Handoff completed =
                handoffs.complete(kela, joined.getId(), joined.getVersion(), "housing allowance application sent");

        Handoff seenByClerk = handoffs.ofVisit(clerk, visit.getId()).get(0);
        assertThat(seenByClerk.getStatus()).isEqualTo(HandoffStatus.COMPLETED);
        assertThat(seenByClerk.getSpecialist().getUsername()).isEqualTo("kela");
        assertThat(seenByClerk.isClerkStayed()).isTrue();
        assertThat(seenByClerk.isInterpreterBooked()).isTrue();
        assertThat(seenByClerk.getWaitingMinutes()).isNotNull();
        assertThat(seenByClerk.getOutcome()).isEqualTo("housing allowance application sent");
        assertThat(handoffs.inbox(kela)).extracting(Handoff::getId).doesNotContain(completed.getId());
        assertThat(audit.ofAction("HANDOFF_COMPLETED", 10))
                .anyMatch(e -> e.getEntityId().equals(completed.getId().toString()));
    }

    @Test
    void theKioskTakesOneAnswerPerVisitAndARevokedTokenIsRefused() {
        StaffUser clerk2 = user("clerk2");
        long tervo = point("TERVO");
        KioskToken token = kiosks.issue(tervo, "tablet 1");

        Visit visit = queue.walkIn(clerk2, tervo, true);
        Visit profiled = intake.profile(clerk2, visit.getId(), visit.getVersion(), "SELF_DIRECTED");
        VisitTask task = errands.addTask(clerk2, visit.getId(), profiled.getVersion(), "TAX_CARD");
        closing.close(
                clerk2,
                visit.getId(),
                visits.visit(clerk2, visit.getId()).getVersion(),
                Map.of(task.getId(), new TaskClosing(task.getId(), TaskOutcome.DONE, null, true)),
                null,
                null);

        assertThat(kiosks.visitToAsk(token.getToken())).contains(visit.getId());
        assertThatThrownBy(() -> kiosks.answer(token.getToken(), visit.getId(), null, null, null))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("kiosk.answerRequired");
        assertThatThrownBy(() -> kiosks.answer(token.getToken(), visit.getId(), 6, null, null))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("kiosk.answerInvalid");
        kiosks.answer(token.getToken(), visit.getId(), 1, 10, "quick");
        assertThat(events.answeredVisits()).contains(visit.getId());
        assertThatThrownBy(() -> kiosks.answer(token.getToken(), visit.getId(), 2, 9, null))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("kiosk.alreadyAnswered");
        assertThat(kiosks.visitToAsk(token.getToken())).isEmpty();
        long answers = tx.inNew(em -> em.createQuery("SELECT COUNT(f) FROM Feedback f WHERE f.visitId = :v", Long.class)
                .setParameter("v", visit.getId())
                .getSingleResult());
        assertThat(answers).isEqualTo(1);

        KioskToken other = kiosks.issue(point("PIELAVESI"), "tablet 2");
        assertThatThrownBy(() -> kiosks.answer(other.getToken(), visit.getId(), 1, 10, null))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("kiosk.noVisit");
        kiosks.revoke(token.getId());
        assertThatThrownBy(() -> kiosks.valid(token.getToken()))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("kiosk.tokenRefused");
        assertThatThrownBy(() -> kiosks.visitToAsk(token.getToken())).isInstanceOf(RefusedAction.class);
    }

    @Test
    void identifyingACustomerIsAuditedAndListsShowOnlyMaskedCodes() {
        StaffUser clerk = user("clerk");
        assertThatThrownBy(() -> customers.create("Pera Testinen", "131052-308X", "fi"))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("frontDesk.customer.codeInvalid");
        Customer pera = customers.create("Pera Deskinen", "010150-123A", "fi");
        assertThatThrownBy(() -> customers.create("Pera Toinen", "010150-123A", "fi"))
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo("frontDesk.customer.codeTaken");
        assertThat(customers.search("010150-123A")).extracting(Customer::getId).containsExactly(pera.getId());
        assertThat(customers.search("deskinen"))
                .extracting(Customer::getMaskedIdentityCode)
                .containsExactly("010150-****");
        assertThatThrownBy(() -> customers.search("1")).isInstanceOf(RefusedAction.class);

        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        Visit identified = intake.identify(clerk, visit.getId(), visit.getVersion(), pera.getId());
        assertThat(identified.getCustomer().getId()).isEqualTo(pera.getId());
        assertThat(audit.ofAction("CUSTOMER_OPENED", 20))
                .anyMatch(e -> e.getEntityId().equals(pera.getId().toString()));
        assertThat(audit.ofAction("CUSTOMER_FOUND_BY_CODE", 20))
                .anyMatch(e -> e.getEntityId().equals(pera.getId().toString()));
        assertThat(audit.ofAction("CUSTOMER_OPENED", 20)).allSatisfy(e -> {
            assertThat(String.valueOf(e.getBeforeState())).doesNotContain("010150");
            assertThat(String.valueOf(e.getAfterState())).doesNotContain("010150");
        });
    }

    @Test
    void anAppointmentIsValidatedBookedMovedAndCheckedInWithItsErrandsJoiningTheVisit() {
        StaffUser clerk = user("clerk");
        long point = point("PIELAVESI");
        LocalDate today = atToday("08:00");
        try {
            assertRefused(
                    () -> appointments.book(clerk, point, booking(today, "07:00", 30, "TAX_CARD")),
                    "appointment.inPast");
            assertRefused(
                    () -> appointments.book(clerk, point, booking(today, "10:00", 30)), "appointment.taskRequired");
            assertRefused(
                    () -> appointments.book(clerk, point, booking(today, "10:00", 0, "TAX_CARD")),
                    "appointment.durationInvalid");
            assertRefused(
                    () -> appointments.book(clerk, point, booking(today, "10:00", 300, "TAX_CARD")),
                    "appointment.durationInvalid");
            assertRefused(
                    () -> appointments.book(clerk, point, booking(today, "23:50", 30, "TAX_CARD")),
                    "appointment.overMidnight");
            assertRefused(
                    () -> appointments.book(clerk, point, booking(today, "10:00", 30, "NO_SUCH_TASK")),
                    "frontDesk.task.unknown");
            assertRefused(
                    () -> appointments.book(
                            clerk,
                            point,
                            booking(today, "10:00", 30, "TAX_CARD").withNote("hetu 010150-123A")),
                    "appointment.noteIdentifying");
            assertRefused(
                    () -> appointments.book(user("clerk2"), point, booking(today, "10:00", 30, "TAX_CARD")),
                    "frontDesk.pointNotYours");
            assertRefused(
                    () -> appointments.book(user("supervisor"), point, booking(today, "10:00", 30, "TAX_CARD")),
                    "frontDesk.readOnly");
            int before = appointments.today(clerk, point).size();

            Appointment booked = appointments.book(
                    clerk,
                    point,
                    booking(today, "10:00", 30, "TAX_CARD", "DVV_CHANGE_OF_ADDRESS")
                            .withNote("Tulee tyttären kanssa")
                            .withSpecialist("KELA", true));
            assertThat(booked.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(appointments.today(clerk, point)).hasSize(before + 1);
            assertThatThrownBy(() -> appointments.change(
                            clerk, booked.getId(), booked.getVersion() + 1, booking(today, "11:00", 45, "TAX_CARD")))
                    .isInstanceOf(OptimisticLockException.class);
            Appointment moved = appointments.change(
                    clerk,
                    booked.getId(),
                    booked.getVersion(),
                    booking(today, "11:00", 45, "TAX_CARD", "DVV_CHANGE_OF_ADDRESS")
                            .withSpecialist("KELA", true));
            assertThat(moved.getStartsAt().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
            assertThat(moved.getDurationMinutes()).isEqualTo(45);
            assertThat(moved.getNote()).isNull();

            Visit visit = appointments.checkIn(clerk, moved.getId(), moved.getVersion());
            assertThat(visit.getStatus()).isEqualTo(VisitStatus.IN_SERVICE);
            assertThat(visit.getChannel()).isEqualTo(Channel.APPOINTMENT);
            assertThat(visit.getNeedsInterpreter()).isTrue();
            assertThat(errands.plannedNotAdded(visits.visit(clerk, visit.getId())))
                    .hasSize(2);
            Visit profiled = intake.profile(
                    clerk, visit.getId(), visits.visit(clerk, visit.getId()).getVersion(), "SELF_DIRECTED");
            assertThat(profiled.getTasks())
                    .extracting(t -> t.getTask().getCode())
                    .containsExactlyInAnyOrder("TAX_CARD", "DVV_CHANGE_OF_ADDRESS");
            assertThat(profiled.getTasks())
                    .allSatisfy(t -> assertThat(t.getRecommendedLevel()).isNotNull());
            assertThat(errands.plannedNotAdded(visits.visit(clerk, visit.getId())))
                    .isEmpty();

            Appointment arrived = appointments.ofVisit(visit.getId()).orElseThrow();
            assertThat(arrived.getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
            assertRefused(
                    () -> appointments.checkIn(clerk, arrived.getId(), arrived.getVersion()), "appointment.notBooked");
            assertThat(audit.ofAction("APPOINTMENT_CHECKED_IN", 10))
                    .anyMatch(e -> e.getEntityId().equals(arrived.getId().toString()));
        } finally {
            clock.use(Clock.system(ZoneId.of("Europe/Helsinki")));
        }
    }

    @Test
    void anAppointmentNobodyCameToIsANoShowVisitAndACancelledOneCannotBeUsed() {
        StaffUser clerk = user("clerk");
        long point = point("KEITELE");
        LocalDate today = atToday("08:00");
        try {
            Appointment early = appointments.book(clerk, point, booking(today, "09:00", 30, "POLICE_PASSPORT"));
            assertRefused(() -> appointments.noShow(clerk, early.getId(), early.getVersion()), "appointment.notYetDue");
            atToday("09:10");
            Appointment missed = appointments.noShow(clerk, early.getId(), early.getVersion());
            assertThat(missed.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
            long noShowId = tx.inNew(
                    em -> em.find(Appointment.class, early.getId()).getVisit().getId());
            Visit noShow = visits.visit(clerk, noShowId);
            assertThat(noShow.getStatus()).isEqualTo(VisitStatus.NO_SHOW);
            assertThat(noShow.getChannel()).isEqualTo(Channel.APPOINTMENT);
            assertThat(events.closedVisits()).contains(noShow.getId());
            assertThat(queue.today(clerk, point)).extracting(Visit::getId).contains(noShow.getId());
            assertRefused(
                    () -> appointments.checkIn(clerk, missed.getId(), missed.getVersion()), "appointment.notBooked");

            Customer known = customers.create("Aino Ajanvaraaja", null, "sv");
            Appointment withCustomer = appointments.book(
                    clerk,
                    point,
                    booking(today, "12:00", 60, "KELA_HOUSING_ALLOWANCE").withCustomer(known.getId()));
            assertRefused(
                    () -> appointments.book(
                            clerk,
                            point,
                            booking(today, "12:30", 30, "TAX_CARD").withCustomer(known.getId())),
                    "appointment.customerOverlaps");
            appointments.appointment(clerk, withCustomer.getId());
            assertThat(audit.ofAction("CUSTOMER_OPENED", 20))
                    .anyMatch(e -> e.getEntityId().equals(known.getId().toString()));
            assertRefused(() -> appointments.appointment(user("clerk2"), withCustomer.getId()), "appointment.notFound");

            Appointment cancelled =
                    appointments.cancel(clerk, withCustomer.getId(), withCustomer.getVersion(), "customer phoned");
            assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(cancelled.getCancelReason()).isEqualTo("customer phoned");
            assertRefused(
                    () -> appointments.change(
                            clerk, cancelled.getId(), cancelled.getVersion(), booking(today, "13:00", 30, "TAX_CARD")),
                    "appointment.notBooked");
            Appointment rebooked = appointments.book(
                    clerk, point, booking(today, "12:30", 30, "TAX_CARD").withCustomer(known.getId()));
            Visit arrived = appointments.checkIn(clerk, rebooked.getId(), rebooked.getVersion());
            assertThat(arrived.getCustomer().getId()).isEqualTo(known.getId());
        } finally {
            clock.use(Clock.system(ZoneId.of("Europe/Helsinki")));
        }
    }

    @Test
    void theClerkCancelsAnOpenHandOffWithAReasonButNeverACompletedOne() {
        StaffUser clerk = user("clerk");
        StaffUser kela = user("kela");
        Visit visit = queue.walkIn(clerk, point("PIELAVESI"), true);
        Visit profiled = intake.profile(clerk, visit.getId(), visit.getVersion(), "MULTI_UNSKILLED");
        VisitTask task = errands.addTask(clerk, visit.getId(), profiled.getVersion(), "KELA_HOUSING_ALLOWANCE");

        Handoff first = handoffs.request(
                clerk, visit.getId(), task.getId(), "KELA", HandoffMode.ON_SITE, null, null, false, false, false);
        Handoff accepted = handoffs.accept(kela, first.getId(), first.getVersion());
        assertRefused(
                () -> handoffs.cancel(clerk, accepted.getId(), accepted.getVersion(), " "),
                "handoff.cancelReasonRequired");
        assertRefused(
                () -> handoffs.cancel(user("clerk2"), accepted.getId(), accepted.getVersion(), "left"),
                "frontDesk.visit.notFound");
        assertThatThrownBy(() -> handoffs.cancel(clerk, accepted.getId(), first.getVersion(), "left"))
                .isInstanceOf(OptimisticLockException.class);
        Handoff cancelled =
                handoffs.cancel(clerk, accepted.getId(), accepted.getVersion(), "the customer had to leave");
        assertThat(cancelled.getStatus()).isEqualTo(HandoffStatus.CANCELLED);
        assertThat(cancelled.getCancelledBy()).isEqualTo("clerk");
        assertThat(cancelled.getCancelledAt()).isNotNull();
        assertThat(handoffs.inbox(kela)).extracting(Handoff::getId).doesNotContain(first.getId());
        assertRefused(
                () -> handoffs.joined(kela, cancelled.getId(), cancelled.getVersion()), "handoff.cancelledByDesk");
        assertThat(audit.ofAction("HANDOFF_CANCELLED", 10))
                .anyMatch(e -> e.getEntityId().equals(first.getId().toString()));

        Handoff second = handoffs.request(
                clerk, visit.getId(), task.getId(), "KELA", HandoffMode.ON_SITE, null, null, false, false, false);
        Handoff taken = handoffs.accept(kela, second.getId(), second.getVersion());
        Handoff joined = handoffs.joined(kela, taken.getId(), taken.getVersion());
        Handoff done = handoffs.complete(kela, joined.getId(), joined.getVersion(), "application sent");
        assertRefused(
                () -> handoffs.cancel(clerk, done.getId(), done.getVersion(), "too late"), "handoff.notCancellable");
        assertThat(handoffs.ofVisit(clerk, visit.getId()))
                .extracting(Handoff::getStatus)
                .containsExactlyInAnyOrder(HandoffStatus.CANCELLED, HandoffStatus.COMPLETED);
    }

    @Test
    void appointmentsNeverOverlapMoreThanThePointHasDesksEvenWhenBookedAtOnce() throws Exception {
        StaffUser clerk2 = user("clerk2");
        long tervo = point("TERVO");
        LocalDate day = atToday("08:00").plusDays(3);
        try {
            assertThat(tx.<Integer>inNew(
                            em -> em.find(ServicePoint.class, tervo).getDesks()))
                    .as("demo Tervo has one desk")
                    .isEqualTo(1);
            Appointment nine = appointments.book(clerk2, tervo, booking(day, "09:00", 60, "TAX_CARD"));
            assertRefused(
                    () -> appointments.book(clerk2, tervo, booking(day, "09:30", 30, "TAX_CARD")),
                    "appointment.desksFull");
            assertRefused(
                    () -> appointments.book(clerk2, tervo, booking(day, "08:30", 45, "TAX_CARD")),
                    "appointment.desksFull");
            Appointment ten = appointments.book(clerk2, tervo, booking(day, "10:00", 30, "TAX_CARD"));
            Appointment eightThirty = appointments.book(clerk2, tervo, booking(day, "08:30", 30, "TAX_CARD"));

            // Moving onto a taken time is refused and the appointment stays where it was.
            assertRefused(
                    () -> appointments.change(
                            clerk2, ten.getId(), ten.getVersion(), booking(day, "09:45", 30, "TAX_CARD")),
                    "appointment.desksFull");
            assertThat(tx.<java.time.LocalDateTime>inNew(
                            em -> em.find(Appointment.class, ten.getId()).getStartsAt()))
                    .isEqualTo(day.atTime(10, 0));
            // Moving within its own time is no conflict with itself.
            appointments.change(clerk2, nine.getId(), nine.getVersion(), booking(day, "09:00", 45, "TAX_CARD"));
            // A cancelled time frees the desk.
            appointments.cancel(clerk2, eightThirty.getId(), eightThirty.getVersion(), "phoned");
            appointments.book(clerk2, tervo, booking(day, "08:15", 45, "TAX_CARD"));

            // Four clerks book the same free time at once: exactly one gets it.
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> tries = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    tries.add(pool.submit(() -> {
                        try {
                            appointments.book(clerk2, tervo, booking(day, "13:00", 30, "TAX_CARD"));
                            return "booked";
                        } catch (RuntimeException e) {
                            return fi.asiointipiste.platform.errors.Causes.firstOf(e, RefusedAction.class)
                                    .map(t -> ((RefusedAction) t).key())
                                    .orElse(e.toString());
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : tries) {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes)
                        .containsExactlyInAnyOrder(
                                "booked", "appointment.desksFull", "appointment.desksFull", "appointment.desksFull");
            } finally {
                pool.shutdownNow();
            }
        } finally {
            clock.use(Clock.system(ZoneId.of("Europe/Helsinki")));
        }
    }

    private LocalDate atToday(String time) {
        ZoneId finland = ZoneId.of("Europe/Helsinki");
        LocalDate today = LocalDate.now(finland);
        clock.use(
                Clock.fixed(today.atTime(LocalTime.parse(time)).atZone(finland).toInstant(), finland));
        return today;
    }

    private static Booking booking(LocalDate day, String start, int minutes, String... tasks) {
        return new Booking(day, LocalTime.parse(start), minutes, List.of(tasks));
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
