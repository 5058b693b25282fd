package fi.asiointipiste.arrival.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A ticket's way through the queue: calls, no-show after enough calls, transfers with the place kept. */
class TicketTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 9, 15);
    private static final ServicePoint POINT = new ServicePoint("TERVO", "Tervon yhteinen asiointipiste", "Tervo");
    private static final Agency KELA = new Agency("KELA", new LocalizedText("Kela", "FPA", "Kela"), null);
    private static final Agency TAX = new Agency("TAX", new LocalizedText("Vero", "Skatt", "Tax"), null);
    private static final ServiceTask SOCIAL = new ServiceTask(
            "KELA_SOCIAL_ASSISTANCE",
            KELA,
            new LocalizedText("Toimeentulotuki", "Utkomststöd", "Social assistance"),
            null);
    private static final ServiceTask TAX_CARD =
            new ServiceTask("TAX_CARD", TAX, new LocalizedText("Verokortti", "Skattekort", "Tax card"), null);

    private final Desk desk2 = new Desk(POINT, 2, null, null);
    private final Desk kelaDesk = new Desk(POINT, 3, "Kela", KELA);
    private final StaffUser clerk = new StaffUser("clerk", "Anna Neuvoja", "x", Set.of(Role.CLERK));

    private Ticket ticket(Boolean eid) {
        return new Ticket(POINT, AT.toLocalDate(), 12, AT, "fi", false, eid);
    }

    @Test
    void aSelfServiceErrandIsOfferedAndOnlyTheOthersQueue() {
        Ticket t = ticket(true);
        TicketErrand tax = t.addDecided(
                TAX_CARD,
                SupportLevel.SELF_SERVICE,
                null,
                "AT_DESK",
                1L,
                "self-directed-with-eid",
                "f",
                "SELF_DIRECTED");
        TicketErrand social =
                t.addDecided(SOCIAL, SupportLevel.GUIDED, KELA, "REMOTE_SPECIALIST", 1L, "kela-complex", "f", null);
        t.settle();
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(tax.getState()).isEqualTo(ErrandState.OFFERED);
        assertThat(social.isOpen()).isTrue();
        assertThat(social.isForSpecialist()).isTrue();
        assertThat(social.getSpecialistAgency()).isEqualTo("KELA");
        assertThat(t.getOpenErrands()).containsExactly(social);
        assertThat(t.getLabel()).isEqualTo("012");

        t.doItMyself(tax);
        assertThat(tax.getState()).isEqualTo(ErrandState.SELF_SERVICE);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void aTicketWithOnlySelfServiceStaysWithTheCustomerUntilTheyWantHelpAnyway() {
        Ticket t = ticket(true);
        TicketErrand tax =
                t.addDecided(TAX_CARD, SupportLevel.SELF_SERVICE, null, "AT_DESK", 1L, "r", "f", "SELF_DIRECTED");
        t.settle();
        assertThat(t.getStatus()).isEqualTo(TicketStatus.SELF_SERVICE);
        assertThat(t.needsDesk()).isFalse();

        t.helpAnyway(tax);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(tax.isOpen()).isTrue();
        assertThat(t.getQueuedAt()).as("the place it was issued with").isEqualTo(AT);
        assertThatThrownBy(() -> t.helpAnyway(tax))
                .isInstanceOf(RefusedAction.class)
                .hasMessage("arrival.ticket.errandNotOffered");
    }

    @Test
    void helpMeWithoutAnyErrandQueues() {
        Ticket t = ticket(null);
        t.settle();
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void aNoShowNeedsTheGivenNumberOfCalls() {
        Ticket t = ticket(null);
        t.addUndecided(TAX_CARD);
        t.settle();
        t.call(desk2, AT.plusMinutes(5));
        assertThat(t.getStatus()).isEqualTo(TicketStatus.CALLED);
        assertThat(t.getCalls()).isEqualTo(1);
        assertThatThrownBy(() -> t.noShow(desk2, 3, AT.plusMinutes(6)))
                .isInstanceOf(RefusedAction.class)
                .hasMessage("arrival.ticket.callAgainFirst");
        t.callAgain(desk2, AT.plusMinutes(6));
        t.callAgain(desk2, AT.plusMinutes(7));
        assertThat(t.getCalls()).isEqualTo(3);
        assertThatThrownBy(() -> t.noShow(kelaDesk, 3, AT.plusMinutes(8)))
                .as("another desk")
                .isInstanceOf(RefusedAction.class)
                .hasMessage("arrival.ticket.notAtYourDesk");
        t.noShow(desk2, 3, AT.plusMinutes(8));
        assertThat(t.getStatus()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(t.getEndedAt()).isEqualTo(AT.plusMinutes(8));
        assertThatThrownBy(() -> t.call(desk2, AT.plusMinutes(9))).hasMessage("arrival.ticket.notWaiting");
    }

    @Test
    void transferringOneErrandToTheSpecialistKeepsThePlaceAndHandsTheRestHere() {
        Ticket t = ticket(true);
        TicketErrand tax =
                t.addDecided(TAX_CARD, SupportLevel.SELF_SERVICE, null, "AT_DESK", 1L, "r", "f", "SELF_DIRECTED");
        TicketErrand social = t.addDecided(SOCIAL, SupportLevel.GUIDED, KELA, "REMOTE_SPECIALIST", 1L, "r", "f", null);
        t.settle();
        t.helpAnyway(tax);
        t.call(desk2, AT.plusMinutes(10));
        t.serve(desk2, AT.plusMinutes(11));
        assertThat(t.getServedAt()).isEqualTo(AT.plusMinutes(11));

        t.transfer(desk2, List.of(social), Target.desk(kelaDesk), AT.plusMinutes(20));
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(t.getTargetKind()).isEqualTo(TargetKind.DESK);
        assertThat(t.getTargetDesk()).isSameAs(kelaDesk);
        assertThat(t.getDesk()).isNull();
        assertThat(t.getCalls()).isZero();
        assertThat(t.getTransfers()).isEqualTo(1);
        assertThat(t.getQueuedAt()).isEqualTo(AT);
        assertThat(tax.getState()).as("handled at desk 2").isEqualTo(ErrandState.HANDLED);
        assertThat(t.getOpenErrands()).containsExactly(social);

        t.call(kelaDesk, AT.plusMinutes(25));
        t.serve(kelaDesk, AT.plusMinutes(26));
        assertThat(t.getServedAt()).as("first service kept").isEqualTo(AT.plusMinutes(11));
        assertThat(t.finish(AT.plusMinutes(40))).isTrue();
        assertThat(t.getStatus()).isEqualTo(TicketStatus.DONE);
    }

    @Test
    void backToTheQueueWithAllOpenErrandsAndRefusals() {
        Ticket t = ticket(false);
        TicketErrand social = t.addDecided(SOCIAL, SupportLevel.GUIDED, KELA, "REMOTE_SPECIALIST", 1L, "r", "f", null);
        t.settle();
        assertThatThrownBy(() -> t.transfer(desk2, List.of(), Target.anyDesk(), AT))
                .as("not at a desk yet")
                .hasMessage("arrival.ticket.notAtYourDesk");
        t.call(desk2, AT.plusMinutes(3));
        assertThatThrownBy(() -> t.transfer(desk2, List.of(), Target.desk(desk2), AT.plusMinutes(4)))
                .hasMessage("arrival.transfer.sameDesk");
        t.transfer(desk2, List.of(), Target.clerk(clerk), AT.plusMinutes(4));
        assertThat(t.getTargetClerk()).isSameAs(clerk);
        assertThat(social.isOpen()).isTrue();
        t.call(kelaDesk, AT.plusMinutes(5));
        t.transfer(kelaDesk, List.of(), Target.anyDesk(), AT.plusMinutes(6));
        assertThat(t.getTargetKind()).isEqualTo(TargetKind.ANY);
        assertThat(t.getQueuedAt()).isEqualTo(AT);
        assertThat(t.getTransfers()).isEqualTo(2);
        assertThat(t.finish(AT.plusMinutes(7)))
                .as("a waiting ticket is not finished by its visit")
                .isFalse();
        assertThat(t.getStatus()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void aTicketNeedsALanguageTheTerminalOffersAndANumberInRange() {
        assertThatThrownBy(() -> new Ticket(POINT, AT.toLocalDate(), 1, AT, "de", false, null))
                .hasMessage("arrival.terminal.languageInvalid");
        assertThatThrownBy(() -> new Ticket(POINT, AT.toLocalDate(), 1000, AT, "fi", false, null))
                .hasMessage("arrival.ticket.numbersUsedUp");
        Ticket t = ticket(null);
        t.addUndecided(TAX_CARD);
        assertThatThrownBy(() -> t.addUndecided(TAX_CARD)).hasMessage("arrival.terminal.errandTwice");
    }

    @Test
    void aDeskCallsOnlyWhenItsClerkSignedInAndServes() {
        StaffUser other = new StaffUser("clerk2", "Mikko", "x", Set.of(Role.CLERK));
        desk2.signIn(clerk, AT);
        assertThat(desk2.getStatus()).isEqualTo(DeskStatus.SERVING);
        assertThatThrownBy(() -> desk2.signIn(other, AT)).hasMessage("arrival.desk.taken");
        assertThatThrownBy(() -> desk2.requireClerk(other)).hasMessage("arrival.desk.notYours");
        desk2.changeStatus(DeskStatus.PAUSE, AT.plusMinutes(1));
        assertThatThrownBy(desk2::requireServing).hasMessage("arrival.desk.notServing");
        assertThatThrownBy(desk2::deactivate).hasMessage("arrival.desk.inUse");
        desk2.signOut(AT.plusMinutes(2));
        assertThat(desk2.getStatus()).isEqualTo(DeskStatus.CLOSED);
        desk2.signIn(other, AT.plusMinutes(3));
        assertThat(desk2.isStaffedBy(other)).isTrue();
        assertThatThrownBy(() -> new Desk(POINT, 0, null, null)).hasMessage("arrival.desk.numberInvalid");
    }
}
