package fi.asiointipiste.visits.entity;

import static fi.asiointipiste.visits.entity.Persisted.withId;
import static fi.asiointipiste.visits.entity.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.LocalizedText;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The desk's rules on a hand-off request and on each of the specialist's and the clerk's steps. */
class HandoffTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private static final Agency KELA = new Agency("KELA", new LocalizedText("Kela", "FPA", "Kela"), null);

    private final VisitTask task = new Visit(new ServicePoint("P", "Point", "Town"), Channel.WALK_IN, NOW).add(null);
    private final StaffUser kaisa = withId(new StaffUser("kela", "Kaisa", "hash", Set.of(Role.CLERK)), 7);
    private final StaffUser other = withId(new StaffUser("kela2", "Kalle", "hash", Set.of(Role.CLERK)), 8);

    @ParameterizedTest(name = "agency {0}, {1}, slot {2} min from now, room of {3}, clerk stays {4}, consent {5}: {6}")
    @CsvSource({
        "true,  ON_SITE,      ,    10,  false, false, ''",
        "true,  REMOTE_VIDEO, 30,  200, true,  true,  ''",
        "true,  ON_SITE,      -1,  0,   false, false, ''",
        "false, ON_SITE,      ,    0,   false, false, handoff.agencyRequired",
        "true,  ,             ,    0,   false, false, handoff.modeRequired",
        "true,  ON_SITE,      -2,  0,   false, false, handoff.slotInPast",
        "true,  REMOTE_VIDEO, ,    0,   true,  false, handoff.consentRequired",
        "true,  ON_SITE,      ,    0,   true,  true,  handoff.consentRequired",
        "true,  REMOTE_VIDEO, ,    201, false, false, handoff.roomTooLong"
    })
    void aRequestNeedsAnAgencyAModeAFutureSlotAndConsentForAClerkWhoStays(
            boolean agency,
            HandoffMode mode,
            Integer slotInMinutes,
            int roomLength,
            boolean clerkStays,
            boolean consents,
            String refusal) {
        LocalDateTime slot = slotInMinutes == null ? null : NOW.plusMinutes(slotInMinutes);
        assertRefused(
                () -> Handoff.request(
                        task,
                        agency ? KELA : null,
                        mode,
                        slot,
                        "r".repeat(roomLength),
                        false,
                        clerkStays,
                        consents,
                        "clerk",
                        NOW),
                refusal);
    }

    @Test
    void aRequestStartsRequestedAndTheClerkStaysOnlyInARemoteSession() {
        Handoff h = Handoff.request(
                task, KELA, HandoffMode.REMOTE_VIDEO, null, "  room 2 ", true, true, true, "clerk", NOW);
        assertThat(h.getStatus()).isEqualTo(HandoffStatus.REQUESTED);
        assertThat(h.isClerkStayed()).isTrue();
        assertThat(h.getRoomOrDevice()).isEqualTo("room 2");
        assertThat(Handoff.request(task, KELA, HandoffMode.ON_SITE, null, " ", false, false, true, "clerk", NOW)
                        .getRoomOrDevice())
                .isNull();
    }

    @Test
    void eachStepIsRefusedOutOfTurn() {
        Handoff h = request();
        assertRefused(() -> h.joined(NOW), "handoff.wrongState");
        assertRefused(() -> h.complete("done", NOW), "handoff.wrongState");
        h.accept(kaisa, NOW);
        assertRefused(() -> h.accept(other, NOW), "handoff.alreadyTaken");
        assertRefused(() -> h.complete("done", NOW), "handoff.wrongState");
        h.joined(NOW.plusMinutes(4));
        assertThat(h.getWaitingMinutes()).isEqualTo(4);
        assertRefused(() -> h.joined(NOW), "handoff.wrongState");
        assertThat(h.getStatus()).isEqualTo(HandoffStatus.JOINED);
    }

    @Test
    void theSpecialistCompletesWithAnOutcomeAndOnlyTheOneWhoTookIt() {
        Handoff h = request();
        h.accept(kaisa, NOW);
        h.joined(NOW);
        assertRefused(() -> h.checkTakenBy(kaisa), "");
        assertRefused(() -> h.checkTakenBy(other), "handoff.notYours");
        assertRefused(() -> h.complete(" ", NOW), "handoff.outcomeRequired");
        assertRefused(() -> h.complete(null, NOW), "handoff.outcomeRequired");
        assertRefused(() -> h.complete("x".repeat(Handoff.OUTCOME_MAX + 1), NOW), "handoff.outcomeTooLong");
        assertThat(h.getStatus()).as("a refused completion leaves it joined").isEqualTo(HandoffStatus.JOINED);
        h.complete("  application sent ", NOW.plusMinutes(20));
        assertThat(h.getOutcome()).isEqualTo("application sent");
        assertThat(h.getStatus()).isEqualTo(HandoffStatus.COMPLETED);
    }

    @Test
    void nobodyButTheSpecialistWhoAcceptedHasTakenIt() {
        assertRefused(() -> request().checkTakenBy(kaisa), "handoff.notYours");
    }

    @Test
    void theClerkCancelsWithAReasonButNeverACompletedOne() {
        Handoff h = request();
        h.accept(kaisa, NOW);
        assertRefused(() -> h.cancel(" ", "clerk", NOW), "handoff.cancelReasonRequired");
        assertRefused(() -> h.cancel(null, "clerk", NOW), "handoff.cancelReasonRequired");
        assertRefused(
                () -> h.cancel("x".repeat(Handoff.CANCEL_REASON_MAX + 1), "clerk", NOW), "handoff.cancelReasonTooLong");
        assertRefused(h::checkNotCancelled, "");
        h.cancel(" the customer left ", "clerk", NOW);
        assertThat(h.getCancelReason()).isEqualTo("the customer left");
        assertThat(h.isCancellable()).isFalse();
        assertRefused(h::checkNotCancelled, "handoff.cancelledByDesk");
        assertRefused(() -> h.cancel("again", "clerk", NOW), "handoff.notCancellable");

        Handoff done = request();
        done.accept(kaisa, NOW);
        done.joined(NOW);
        done.complete("sent", NOW);
        assertRefused(() -> done.cancel("too late", "clerk", NOW), "handoff.notCancellable");
    }

    private Handoff request() {
        return Handoff.request(task, KELA, HandoffMode.ON_SITE, null, null, false, false, false, "clerk", NOW);
    }
}
