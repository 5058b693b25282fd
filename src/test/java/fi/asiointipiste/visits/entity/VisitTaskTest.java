package fi.asiointipiste.visits.entity;

import static fi.asiointipiste.visits.entity.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clerk's choices on one task: the level applied against the recommendation, and how the task ends. */
class VisitTaskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final VisitTask task =
            new Visit(new ServicePoint("P", "Point", "Town"), Channel.WALK_IN, TODAY.atTime(9, 0)).add(null);

    VisitTaskTest() {
        task.recommend(SupportLevel.GUIDED, null);
    }

    @ParameterizedTest(name = "recommended GUIDED, applied {0} because {1} ''{2}'': {3}")
    @CsvSource({
        ",                 ,                  ,          frontDesk.apply.levelRequired",
        "GUIDED,           ,                  ,          ''",
        "GUIDED,           OTHER,             ,          ''",
        "FULL_ASSISTANCE,  ,                  ,          frontDesk.apply.reasonRequired",
        "FULL_ASSISTANCE,  ,                  a note,    frontDesk.apply.reasonRequired",
        "SELF_SERVICE,     CUSTOMER_WISH,     ,          ''",
        "FULL_ASSISTANCE,  HEALTH_OR_ABILITY, ' ',       ''",
        "FULL_ASSISTANCE,  OTHER,             ,          frontDesk.apply.noteRequired",
        "FULL_ASSISTANCE,  OTHER,             '  ',      frontDesk.apply.noteRequired",
        "FULL_ASSISTANCE,  OTHER,             came back, ''"
    })
    void anOverrideNeedsAReasonAndOtherNeedsANote(
            SupportLevel level, OverrideReason reason, String note, String refusal) {
        assertRefused(() -> task.applyLevel(level, reason, note), refusal);
        assertThat(task.getAppliedLevel()).isEqualTo(refusal.isEmpty() ? level : SupportLevel.GUIDED);
        assertThat(task.isOverridden()).isEqualTo(refusal.isEmpty() && level != SupportLevel.GUIDED);
    }

    @Test
    void aNoteIsStrippedABlankOneIsNoneAndALongOneIsRefused() {
        task.applyLevel(SupportLevel.FULL_ASSISTANCE, OverrideReason.OTHER, "  came back  ");
        assertThat(task.getOverrideNote()).isEqualTo("came back");
        task.applyLevel(SupportLevel.FULL_ASSISTANCE, OverrideReason.CUSTOMER_WISH, "   ");
        assertThat(task.getOverrideNote()).isNull();
        assertRefused(
                () -> task.applyLevel(
                        SupportLevel.FULL_ASSISTANCE, OverrideReason.CUSTOMER_WISH, "x".repeat(VisitTask.NOTE_MAX + 1)),
                "frontDesk.apply.noteTooLong");
        assertRefused(
                () -> task.applyLevel(
                        SupportLevel.FULL_ASSISTANCE, OverrideReason.CUSTOMER_WISH, "x".repeat(VisitTask.NOTE_MAX)),
                "");
    }

    @ParameterizedTest(name = "{0}, follow-up {1} days from today: {2}")
    @CsvSource({
        "DONE,         ,   ''",
        "DONE,         -1, ''",
        "REFERRED,     ,   ''",
        "NOT_POSSIBLE, ,   ''",
        "CONTINUES,    1,  ''",
        "CONTINUES,    30, ''",
        "CONTINUES,    ,   frontDesk.close.followUpRequired",
        "CONTINUES,    0,  frontDesk.close.followUpRequired",
        "CONTINUES,    -1, frontDesk.close.followUpRequired",
        ",             1,  frontDesk.close.outcomeRequired"
    })
    void aClosedTaskHasAnOutcomeAndOneThatContinuesAFollowUpAfterToday(
            TaskOutcome outcome, Integer days, String refusal) {
        TaskClosing closing = new TaskClosing(1, outcome, days == null ? null : TODAY.plusDays(days), false);
        assertRefused(() -> task.checkClosing(closing, TODAY), refusal);
    }

    @Test
    void aTaskLeftOutOfTheClosingHasNoOutcome() {
        assertRefused(() -> task.checkClosing(null, TODAY), "frontDesk.close.outcomeRequired");
    }

    @ParameterizedTest(name = "{0}: a follow-up {1}")
    @CsvSource({"DONE, false", "REFERRED, true", "CONTINUES, true", "NOT_POSSIBLE, false"})
    void aTaskThatContinuesOrWasReferredIsAFollowUp(TaskOutcome outcome, boolean followUp) {
        task.close(outcome, TODAY.plusDays(7), false);
        assertThat(task.isFollowUp()).isEqualTo(followUp);
    }

    @Test
    void anOpenTaskIsNoFollowUpAndTheChecklistKeepsTheOrderTicked() {
        assertThat(task.isFollowUp()).isFalse();
        task.tick(List.of("TOOLS", "OUTCOME"));
        assertThat(task.getTicked()).containsExactly("TOOLS", "OUTCOME");
        task.tick(List.of());
        assertThat(task.getTicked()).isEmpty();
    }
}
