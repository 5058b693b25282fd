package fi.asiointipiste.arrival.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.arrival.control.CallingPolicy.CallingDesk;
import fi.asiointipiste.arrival.control.CallingPolicy.Waiting;
import fi.asiointipiste.arrival.entity.TargetKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallingPolicyTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);
    private static final CallingDesk DESK_2 = new CallingDesk(2, 20L, null);
    private static final CallingDesk KELA_DESK = new CallingDesk(3, 30L, "KELA");

    private static Waiting walkIn(int number, int minutesAgo, String agency) {
        return new Waiting(
                number,
                number,
                NOW.minusMinutes(minutesAgo),
                null,
                TargetKind.ANY,
                null,
                null,
                Set.of(agency),
                Set.of(),
                true);
    }

    private static Waiting specialistOnly(int number, int minutesAgo, String agency) {
        return new Waiting(
                number,
                number,
                NOW.minusMinutes(minutesAgo),
                null,
                TargetKind.ANY,
                null,
                null,
                Set.of(agency),
                Set.of(agency),
                false);
    }

    private static Waiting appointment(int number, int minutesAgo, LocalDateTime due) {
        return new Waiting(
                number,
                number,
                NOW.minusMinutes(minutesAgo),
                due,
                TargetKind.ANY,
                null,
                null,
                Set.of("TAX"),
                Set.of(),
                true);
    }

    private static Waiting transferred(int number, int minutesAgo, TargetKind target, Long id, String agency) {
        return new Waiting(
                number, number, NOW.minusMinutes(minutesAgo), null, target, id, agency, Set.of("KELA"), Set.of(), true);
    }

    private static List<Integer> numbers(List<Waiting> ordered) {
        return ordered.stream().map(Waiting::number).toList();
    }

    @Test
    void ticketsAreCalledInArrivalOrder() {
        List<Waiting> queue = List.of(walkIn(3, 5, "TAX"), walkIn(1, 20, "DVV"), walkIn(2, 12, "TAX"));
        assertThat(numbers(CallingPolicy.order(DESK_2, queue, Set.of(), NOW))).containsExactly(1, 2, 3);
    }

    @Test
    void dueAppointmentsComeFirstEarliestBookedTimeFirst() {
        List<Waiting> queue = List.of(
                walkIn(1, 30, "TAX"),
                appointment(2, 2, NOW.plusMinutes(4)),
                appointment(3, 10, NOW.minusMinutes(5)),
                appointment(4, 15, NOW.plusMinutes(30)));
        assertThat(numbers(CallingPolicy.order(DESK_2, queue, Set.of(), NOW)))
                .as("due: 3 (booked 9:55) and 2 (10:04); 4 is booked for 10:30 and waits in its place")
                .containsExactly(3, 2, 1, 4);
    }

    @Test
    void aSpecialistDeskCallsItsAgencysErrandsFirstThenAnyone() {
        List<Waiting> queue = List.of(walkIn(1, 30, "TAX"), walkIn(2, 20, "KELA"), specialistOnly(3, 10, "KELA"));
        assertThat(numbers(CallingPolicy.order(KELA_DESK, queue, Set.of("KELA"), NOW)))
                .containsExactly(2, 3, 1);
    }

    @Test
    void aGeneralDeskLeavesSpecialistOnlyTicketsToAServingSpecialistDesk() {
        List<Waiting> queue = List.of(specialistOnly(1, 30, "KELA"), walkIn(2, 20, "TAX"));
        assertThat(numbers(CallingPolicy.order(DESK_2, queue, Set.of("KELA"), NOW)))
                .containsExactly(2);
        assertThat(numbers(CallingPolicy.order(DESK_2, queue, Set.of(), NOW)))
                .as("no Kela desk serving: the general desk serves and asks Kela's specialist by hand-off")
                .containsExactly(1, 2);
    }

    @Test
    void aTransferredTicketIsCalledOnlyWhereItWasSentAndKeepsItsPlace() {
        Waiting toDesk2 = transferred(1, 40, TargetKind.DESK, 2L, null);
        Waiting toKela = transferred(2, 35, TargetKind.AGENCY, null, "KELA");
        Waiting toClerk30 = transferred(3, 25, TargetKind.CLERK, 30L, null);
        Waiting backToQueue = transferred(4, 50, TargetKind.ANY, null, null);
        Waiting walkIn = walkIn(5, 45, "TAX");
        List<Waiting> queue = List.of(toDesk2, toKela, toClerk30, backToQueue, walkIn);

        assertThat(numbers(CallingPolicy.order(DESK_2, queue, Set.of("KELA"), NOW)))
                .as("sent to desk 2 first, then the queue by place: 4 went back with its place of 50 minutes ago")
                .containsExactly(1, 4, 5);
        assertThat(numbers(CallingPolicy.order(KELA_DESK, queue, Set.of("KELA"), NOW)))
                .as("clerk 30 sits at the Kela desk: their own transfer, then Kela's, then by place")
                .containsExactly(3, 4, 2, 5);
        assertThat(numbers(CallingPolicy.order(new CallingDesk(9, null, null), queue, Set.of(), NOW)))
                .containsExactly(4, 5);
    }

    @Test
    void theTicketNumberBreaksATie() {
        List<Waiting> queue = List.of(walkIn(7, 10, "TAX"), walkIn(6, 10, "TAX"));
        assertThat(numbers(CallingPolicy.order(DESK_2, queue, Set.of(), NOW))).containsExactly(6, 7);
    }
}
